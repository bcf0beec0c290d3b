import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ServiceRequestJoin } from '../../../src/background/join-service-request';

describe("joining a request's body and headers, which the browser reports apart", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands over the body with its headers once both are seen', () => {
    const joined = vi.fn();
    const join = new ServiceRequestJoin<string, { action: string }>(joined);
    join.body('r1', 'body of r1');
    join.body('r2', 'body of r2');
    join.headers('r2', { action: 'CreateItem' });
    expect(joined).toHaveBeenCalledWith('body of r2', { action: 'CreateItem' });
    expect(join.size).toBe(1);
  });

  it('reads a body alone when its headers never come, and ignores headers without a body', () => {
    const joined = vi.fn();
    const join = new ServiceRequestJoin<string, object>(joined, 2_000);
    join.headers('stray', {});
    join.body('r1', 'body of r1');
    vi.advanceTimersByTime(1_999);
    expect(joined).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(joined).toHaveBeenCalledExactlyOnceWith('body of r1', null);
    join.headers('r1', {});
    expect(joined).toHaveBeenCalledTimes(1);
  });

  it('keeps a bounded number waiting under a flood, reading the oldest first', () => {
    const joined = vi.fn();
    const join = new ServiceRequestJoin<number, object>(joined, 2_000, 3);
    for (let id = 0; id < 5; id++) join.body(`r${id}`, id);
    expect(joined.mock.calls.map(([details]) => details)).toEqual([0, 1]);
    expect(join.size).toBe(3);
  });
});
