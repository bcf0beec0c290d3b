import type { TrackedKind } from '../../../../src/core/classify/kinds';

export const TRACKED_KINDS_FOR_TESTS: readonly TrackedKind[] = [
  'proposal',
  'invoice',
  'followup',
  'feedback_request',
  'details_request',
  'testimonial_request',
];
