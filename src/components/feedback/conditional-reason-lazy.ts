/** ConditionalReasonText, loaded on first use (a Conditional 403 is rare; the first route stays in budget). */
import { lazy } from 'react';

export const ConditionalReasonText = lazy(() => import('./conditional-reason'));
