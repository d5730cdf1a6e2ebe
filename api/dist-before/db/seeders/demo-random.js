"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DemoRandom = void 0;
/**
 * A small seeded PRNG (mulberry32) so that the demo data is the same on every machine and every run.
 * Math.random is never used by the seeders: one stray call would make the rows differ between runs.
 */
class DemoRandom {
    constructor(seed) {
        this.state = seed >>> 0;
    }
    /** A float in [0, 1). */
    next() {
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let t = this.state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    /** An unsigned 32-bit integer. */
    uint32() {
        return Math.floor(this.next() * 4294967296) >>> 0;
    }
    /** An integer in [min, max], both ends included. */
    int(min, max) {
        return min + Math.floor(this.next() * (max - min + 1));
    }
    chance(p) {
        return this.next() < p;
    }
    pick(items) {
        if (items.length === 0)
            throw new RangeError('pick from an empty list');
        return items[Math.floor(this.next() * items.length)];
    }
    /** Picks by weight: `weighted([['PRESENT', 85], ['LATE', 5]])`. */
    weighted(options) {
        const total = options.reduce((s, [, w]) => s + w, 0);
        let r = this.next() * total;
        for (const [value, w] of options) {
            r -= w;
            if (r < 0)
                return value;
        }
        return options[options.length - 1][0];
    }
    /** A shuffled copy (Fisher–Yates). */
    shuffle(items) {
        const out = [...items];
        for (let i = out.length - 1; i > 0; i--) {
            const j = Math.floor(this.next() * (i + 1));
            [out[i], out[j]] = [out[j], out[i]];
        }
        return out;
    }
    /** `count` distinct items, in random order. */
    sample(items, count) {
        return this.shuffle(items).slice(0, Math.min(count, items.length));
    }
}
exports.DemoRandom = DemoRandom;
//# sourceMappingURL=demo-random.js.map