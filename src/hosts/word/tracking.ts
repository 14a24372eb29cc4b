/**
 * Track Changes off around Concord's own writes. With tracking on, Word records an OOXML insert as the old text
 * deleted and the same text reinserted (and a locked control cannot be deleted while tracking is on), so a signature
 * would leave a trail of false revisions. Where WordApi 1.4 has `Document.changeTrackingMode`, the mode read with the
 * batch's lookups is switched off for the writes and restored in the same round trip; when the writes fail, it is
 * restored in one more.
 */

/** Queues a load of the tracking mode when the set is there; read `.changeTrackingMode` after the next sync. */
export function loadTrackingMode(context: Word.RequestContext, supported: boolean): Word.Document | null {
  return supported ? context.document.load("changeTrackingMode") : null;
}

/**
 * Queues `writes` with tracking off, restores the mode and syncs (1 round trip; 2 when the writes fail). Returns what
 * `writes` returns (e.g. a load queued after the writes), synced.
 */
export async function syncUntracked<T>(
  context: Word.RequestContext,
  tracking: Word.Document | null,
  writes: () => T,
): Promise<T> {
  const mode = tracking?.changeTrackingMode ?? null;
  const toggle = mode !== null && mode !== "Off";
  if (toggle) context.document.changeTrackingMode = "Off";
  try {
    const result = writes();
    if (toggle) context.document.changeTrackingMode = mode;
    await context.sync();
    return result;
  } catch (error) {
    if (toggle) {
      context.document.changeTrackingMode = mode;
      await context.sync().catch(() => undefined);
    }
    throw error;
  }
}
