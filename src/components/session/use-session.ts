/** The session hook lives with the session store (src/api); components and features import it here. */
export { useSession } from '@/api/use-session';
