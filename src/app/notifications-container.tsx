/**
 * The notification container, loaded after the first paint (providers.tsx). A module of its own:
 * `import('@mantine/notifications')` would be inlined into the first chunk, which already imports
 * that package's store (src/components/feedback/notify.ts).
 */
export { Notifications } from '@mantine/notifications';
