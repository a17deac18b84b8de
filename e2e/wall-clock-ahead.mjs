/**
 * Preloaded into a launcher and its server (NODE_OPTIONS=--import) by e2e/wall-clock.spec.ts: the wall clock runs ten
 * minutes ahead of the clock the process started with, as after an NTP step on a virtual machine. Date.now() and
 * new Date() move; performance.now() (monotonic) does not.
 */
const offsetMs = 10 * 60 * 1000;
const RealDate = Date;
class SteppedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offsetMs);
    else super(...args);
  }
  static now() {
    return RealDate.now() + offsetMs;
  }
}
globalThis.Date = SteppedDate;
