"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.VENUES = void 0;
exports.buildVenues = buildVenues;
const venue_enums_1 = require("../../modules/venue/venue.enums");
const demo_context_1 = require("./demo-context");
const demo_dates_1 = require("./demo-dates");
exports.VENUES = [
    // Article 000: every care point has a 护学岗 (police post); canteens with 明厨亮灶 and licensed cooks.
    // Area and capacity invented.
    {
        key: 'shulin2-fuhai',
        name: '书林第二小学福海校区',
        kind: venue_enums_1.VenueKind.SCHOOL_CAMPUS,
        owner: 'shulin2',
        address: '云南省昆明市西山区福海街道',
        areaSqm: 12000,
        capacity: 120,
        safetyPost: true,
        foodLicence: true,
        facilities: '教室、食堂（明厨亮灶）、音乐室、舞蹈室、操场',
    },
    // Article 000: the care class "送到大型企业家门口"; capacities invented.
    {
        key: 'yntz-site',
        name: '云投集团职工子女爱心托管点',
        kind: venue_enums_1.VenueKind.ENTERPRISE_SITE,
        owner: 'yntz',
        address: '云南省昆明市西山区',
        areaSqm: 400,
        capacity: 40,
        safetyPost: true,
        foodLicence: true,
        facilities: '活动室、午休室、职工食堂',
    },
    {
        key: 'fudian-site',
        name: '富滇银行职工子女爱心托管点',
        kind: venue_enums_1.VenueKind.ENTERPRISE_SITE,
        owner: 'fudian',
        address: '云南省昆明市西山区',
        areaSqm: 350,
        capacity: 40,
        safetyPost: true,
        foodLicence: true,
        facilities: '活动室、午休室、职工食堂',
    },
    // Article 001: "社区提供近2000平方米的共享阵地" (1980 stands for "nearly 2000"); capacity invented.
    {
        key: 'mukezhai-space',
        name: '穆柯寨社区职工共享阵地',
        kind: venue_enums_1.VenueKind.SHARED_SPACE,
        owner: 'mukezhai',
        address: '甘肃省兰州市城关区盐场路街道穆柯寨社区',
        areaSqm: 1980,
        capacity: 200,
        facilities: '古筝、钢琴、书法、国画、民歌演唱培训室，暑期托管教室',
    },
    // Article 001: 青檸驿站 on the shared space of 山子石社区; area and capacity invented.
    {
        key: 'qingning',
        name: '青檸职工驿站（山子石社区）',
        kind: venue_enums_1.VenueKind.SHARED_SPACE,
        owner: 'shanzishi',
        address: '甘肃省兰州市城关区张掖路街道山子石社区',
        areaSqm: 300,
        capacity: 60,
        facilities: '训练营教室、亲子互动区、解压市集场地',
    },
    // Article 002: the community nursery and its 10-mu (≈6667 m²) outdoor base; capacities invented.
    {
        key: 'linfu-nursery',
        name: '邻府社区普惠托育园',
        kind: venue_enums_1.VenueKind.COMMUNITY_CENTER,
        owner: 'linfu',
        address: '四川省泸州市江阳区茜草街道邻府社区',
        areaSqm: 600,
        capacity: 60,
        foodLicence: true,
        facilities: '婴幼儿活动室、午睡室、配餐间',
    },
    {
        key: 'linfu-outdoor',
        name: '大自然研学户外基地',
        kind: venue_enums_1.VenueKind.OUTDOOR_BASE,
        owner: 'linfu',
        address: '四川省泸州市江阳区茜草街道邻府社区',
        areaSqm: 6667,
        capacity: 100,
        facilities: '10亩户外基地：读书会、家庭教育讲座、亲子星空电影会、邻里长桌宴',
    },
    {
        key: 'linfu-youth',
        name: '邻府社区青少年宫',
        kind: venue_enums_1.VenueKind.COMMUNITY_CENTER,
        owner: 'linfu',
        address: '四川省泸州市江阳区茜草街道邻府社区',
        areaSqm: 800,
        capacity: 120,
        facilities: '美术、书法、舞蹈教室，军事训练与野外生存场地',
    },
    {
        key: 'linfu-women',
        name: '邻府社区妇女之家',
        kind: venue_enums_1.VenueKind.COMMUNITY_CENTER,
        owner: 'linfu',
        address: '四川省泸州市江阳区茜草街道邻府社区',
        areaSqm: 200,
        capacity: 50,
        facilities: '“就妳娴会”妇女灵活就业工坊、家庭健康教育夜校教室、形体课教室',
    },
    {
        key: 'linfu-library',
        name: '致公党书院（邻府社区）',
        kind: venue_enums_1.VenueKind.OTHER,
        owner: 'linfu',
        address: '四川省泸州市江阳区茜草街道邻府社区',
        capacity: 40,
        facilities: '藏书1万余册，免费向青少年儿童开放；家庭亲子阅读基地',
    },
    // Article 003: idle village offices turned into study halls for 110 pupils (split between the two invented).
    {
        key: 'yueling-hall',
        name: '岳岭村爱心互助学堂',
        kind: venue_enums_1.VenueKind.VILLAGE_OFFICE,
        owner: 'yueling',
        address: '甘肃省庆阳市西峰区显胜乡岳岭村',
        capacity: 60,
        facilities: '教室、游戏区、课外阅读区、手工制作区',
    },
    {
        key: 'ranli-hall',
        name: '冉李村爱心互助学堂',
        kind: venue_enums_1.VenueKind.VILLAGE_OFFICE,
        owner: 'ranli',
        address: '甘肃省庆阳市西峰区显胜乡冉李村',
        capacity: 50,
        facilities: '教室、游戏区、课外阅读区、手工制作区',
    },
    {
        key: 'dongpinglu-base',
        name: '东平路社区青少年关爱教育基地',
        kind: venue_enums_1.VenueKind.COMMUNITY_CENTER,
        owner: 'dongpinglu',
        address: '甘肃省庆阳市西峰区兰州路街道东平路社区',
        capacity: 60,
        facilities: '社区功能室（党群服务中心）',
    },
    // Article 004: a three-storey house in 晨北小区, 15 places, ground floor for the children, garden for farming lessons.
    {
        key: 'jimi-site',
        name: '几侎稚家婴幼儿成长驿站（晨北小区）',
        kind: venue_enums_1.VenueKind.COMMUNITY_CENTER,
        owner: 'chamagudao',
        address: '云南省普洱市思茅区晨北小区',
        capacity: 15,
        foodLicence: true,
        facilities: '一层活动室、运动大循环与感统训练区、后园农耕实践区',
    },
    {
        key: 'nadeng-home',
        name: '娜登社区儿童之家',
        kind: venue_enums_1.VenueKind.COMMUNITY_CENTER,
        owner: 'nadeng',
        address: '云南省普洱市澜沧县娜登社区',
        capacity: 40,
        facilities: '课后学习室、阅览角',
    },
    {
        key: 'longquanhu-daycare',
        name: '龙泉湖社区日间照料中心',
        kind: venue_enums_1.VenueKind.COMMUNITY_CENTER,
        owner: 'longquanhu',
        address: '云南省普洱市澜沧县东回镇龙泉湖社区',
        capacity: 30,
        foodLicence: true,
        facilities: '餐厅、厨房、休息室、无障碍坡道、加装扶手的楼梯',
    },
];
function buildVenues(ctx) {
    const at = (0, demo_dates_1.chinaTime)('2023-01-04', '09:00');
    for (const v of exports.VENUES) {
        ctx.rows.venue.push({
            id: ctx.register('venue', v.key, ctx.id()),
            name: v.name,
            kind: v.kind,
            owner: ctx.org(v.owner),
            address: v.address,
            areaSqm: v.areaSqm ?? null,
            capacity: v.capacity ?? null,
            hasSafetyPost: v.safetyPost ?? false,
            hasFoodLicence: v.foodLicence ?? false,
            facilities: v.facilities ?? null,
            ...demo_context_1.DemoContext.stamp(at),
        });
    }
}
//# sourceMappingURL=demo-venues.js.map