"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEMO_ID_BASE_MS = void 0;
exports.createIdFactory = createIdFactory;
const demo_random_1 = require("./demo-random");
/**
 * Deterministic ids shaped like UUID v7 (RFC 9562): a 48-bit millisecond timestamp, version 7,
 * 12 + 62 "random" bits, variant 10. The timestamp is a fixed base plus a counter, so ids sort in the
 * order the rows were generated (the primary-key index stays local, as with the app's own uuidv7),
 * and the random bits come from a seeded stream of their own: the same ids on every run.
 */
exports.DEMO_ID_BASE_MS = Date.UTC(2023, 0, 1);
function createIdFactory(seed = 0x11_1e_2025, baseMs = exports.DEMO_ID_BASE_MS) {
    const rng = new demo_random_1.DemoRandom(seed);
    let counter = 0;
    return () => {
        const ts = baseMs + counter++;
        const hex = (n, width) => n.toString(16).padStart(width, '0');
        const time = hex(ts, 12);
        const randA = rng.uint32() & 0xfff;
        const randB1 = (rng.uint32() & 0x3fff) | 0x8000; // variant bits 10
        const randB2 = hex(rng.uint32() & 0xffff, 4) + hex(rng.uint32(), 8);
        return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(randA, 3)}-${hex(randB1, 4)}-${randB2}`;
    };
}
//# sourceMappingURL=demo-ids.js.map