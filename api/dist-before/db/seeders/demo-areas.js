"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AREAS = exports.JOBS = void 0;
const beneficiary_enums_1 = require("../../modules/beneficiary/beneficiary.enums");
exports.JOBS = {
    courier: { employer: '快递企业网点', categories: [beneficiary_enums_1.BeneficiaryCategory.NEW_EMPLOYMENT_FORM_WORKER], male: 0.85, worker: true },
    rideHailing: { employer: '网约车平台', categories: [beneficiary_enums_1.BeneficiaryCategory.NEW_EMPLOYMENT_FORM_WORKER], male: 0.9, worker: true },
    delivery: { employer: '外卖平台', categories: [beneficiary_enums_1.BeneficiaryCategory.NEW_EMPLOYMENT_FORM_WORKER], male: 0.8, worker: true },
    factory: { employer: '机械制造企业', categories: [beneficiary_enums_1.BeneficiaryCategory.INDUSTRIAL_WORKER], male: 0.7, worker: true },
    food: { employer: '食品加工企业', categories: [beneficiary_enums_1.BeneficiaryCategory.INDUSTRIAL_WORKER], male: 0.4, worker: true },
    construction: { employer: '建筑施工企业', categories: [beneficiary_enums_1.BeneficiaryCategory.INDUSTRIAL_WORKER], male: 0.9, worker: true },
    nurse: { employer: '社区卫生服务中心', categories: [], male: 0.1, worker: true },
    teacher: { employer: '中小学校', categories: [], male: 0.3, worker: true },
    retail: { employer: '商贸企业', categories: [], male: 0.4, worker: true },
    property: { employer: '物业服务企业', categories: [], male: 0.5, worker: true },
    office: { employer: '企业', categories: [], male: 0.5, worker: true },
    migrant: { employer: '外出务工（省外）', categories: [], male: 0.6, worker: true },
    farmer: { employer: null, categories: [], male: 0.5, worker: false },
};
exports.AREAS = {
    // Article 000: couriers, nurses, enterprise staff; some members sit with the city union (outside 西山区)
    // or have no union, so that the subsidy's 工会关系在西山区 rule has something to refuse.
    xishan: {
        region: '530112',
        unions: [
            ['fuhai-c1', 3],
            ['fuhai-c2', 3],
            ['qianwei-c1', 2],
            ['fuhai', 1],
            ['xishan', 1],
            ['kunming', 1],
            [null, 1],
        ],
        jobs: [
            ['courier', 3],
            ['rideHailing', 2],
            ['delivery', 2],
            ['factory', 2],
            ['food', 1],
            ['construction', 1],
            ['nurse', 1],
            ['teacher', 1],
            ['retail', 1],
            ['property', 1],
            ['office', 2],
        ],
        fullTimeMothers: 0.08,
    },
    lanzhou: {
        region: '620102',
        unions: [
            ['yanchanglu', 3],
            ['zhangyelu', 3],
            ['chengguan', 2],
            ['lanzhou', 1],
            [null, 2],
        ],
        jobs: [
            ['courier', 2],
            ['delivery', 2],
            ['rideHailing', 1],
            ['factory', 2],
            ['retail', 2],
            ['nurse', 1],
            ['teacher', 1],
            ['property', 1],
            ['office', 3],
        ],
        fullTimeMothers: 0.1,
    },
    // Article 002: 270多名全职宝妈 in the 宝妈妇联.
    jiangyang: {
        region: '510502',
        unions: [
            ['jiangyang', 5],
            [null, 3],
        ],
        jobs: [
            ['office', 3],
            ['retail', 2],
            ['factory', 2],
            ['food', 1],
            ['courier', 1],
            ['delivery', 1],
            ['nurse', 1],
            ['teacher', 1],
        ],
        fullTimeMothers: 0.45,
    },
    xifeng: {
        region: '621002',
        unions: [
            ['lanzhoulu', 3],
            ['xifeng', 2],
            [null, 3],
        ],
        jobs: [
            ['farmer', 3],
            ['construction', 2],
            ['migrant', 2],
            ['factory', 1],
            ['retail', 1],
            ['teacher', 1],
            ['delivery', 1],
        ],
        fullTimeMothers: 0.1,
    },
    simao: {
        region: '530802',
        unions: [
            ['nanping', 3],
            ['simao', 2],
            [null, 2],
        ],
        jobs: [
            ['office', 2],
            ['retail', 2],
            ['teacher', 1],
            ['nurse', 1],
            ['courier', 1],
            ['food', 1],
        ],
        fullTimeMothers: 0.1,
    },
    // Article 004: 娜登社区's families live from work away from home (外出务工).
    lancang: {
        region: '530828',
        unions: [
            ['menglang', 1],
            [null, 4],
        ],
        jobs: [
            ['migrant', 4],
            ['construction', 1],
            ['farmer', 1],
        ],
        fullTimeMothers: 0,
    },
};
//# sourceMappingURL=demo-areas.js.map