"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CLASSES = void 0;
const demo_classes_jiangyang_1 = require("./demo-classes-jiangyang");
const demo_classes_lanzhou_1 = require("./demo-classes-lanzhou");
const demo_classes_rural_1 = require("./demo-classes-rural");
const demo_classes_xishan_1 = require("./demo-classes-xishan");
/** Every demo class, in the order they are built (the order fixes their ids and who gets a place first). */
exports.CLASSES = [...demo_classes_xishan_1.XISHAN_CLASSES, ...demo_classes_lanzhou_1.LANZHOU_CLASSES, ...demo_classes_jiangyang_1.JIANGYANG_CLASSES, ...demo_classes_rural_1.RURAL_CLASSES];
//# sourceMappingURL=demo-class-list.js.map