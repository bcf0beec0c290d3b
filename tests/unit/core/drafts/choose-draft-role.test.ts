import { describe, expect, it } from 'vitest';
import type { FollowUpStage } from '../../../../src/core/cadence/stages';
import type { TrackedKind } from '../../../../src/core/classify/kinds';
import { chooseDraftRole, type DraftRole } from '../../../../src/core/drafts/choose-draft-role';

describe('chooseDraftRole', () => {
  it.each([
    ['invoice', 'reminder_2', [], 'reminder_2'],
    ['invoice', 'call', [], 'invoice_call'],
    ['invoice', 'breakup', [], 'personal'],
    ['invoice', 'checkin', [], 'personal'],
    ['invoice', 'checkin', ['personal'], 'checkin_wellbeing'],
    ['proposal', 'final_notice', [], 'breakup'],
    ['proposal', 'collections', [], 'breakup'],
    ['proposal', 'call', [], 'request_call'],
    ['proposal', 'checkin', [], 'checkin_monthly'],
    ['feedback_request', 'checkin', [], 'checkin_wellbeing'],
    ['feedback_request', 'checkin', ['nudge_1', 'breakup'], 'checkin_monthly'],
    ['details_request', 'close_notice', [], 'close_notice'],
    ['testimonial_request', 'reminder_3', [], 'nudge_3'],
  ] as [TrackedKind, FollowUpStage, FollowUpStage[], DraftRole][])(
    'writes a %s at %s (after %j) as %s',
    (kind, stage, previous, role) => {
      expect(chooseDraftRole(kind, stage, previous)).toBe(role);
    },
  );
});
