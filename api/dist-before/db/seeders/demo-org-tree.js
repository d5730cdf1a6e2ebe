"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ORGANIZATION_TREE = void 0;
const organization_enums_1 = require("../../modules/organization/organization.enums");
const u = (key, name, level, region, address, children) => ({
    key,
    name,
    kind: organization_enums_1.OrganizationKind.UNION,
    level,
    region,
    credit: 'union',
    address,
    children,
});
const community = (key, name, region, address, children) => ({
    key,
    name,
    kind: organization_enums_1.OrganizationKind.COMMUNITY,
    level: organization_enums_1.OrganizationLevel.COMMUNITY,
    region,
    address,
    children,
});
exports.ORGANIZATION_TREE = [
    u('yunnan', '云南省总工会', organization_enums_1.OrganizationLevel.PROVINCE, '530000', '云南省昆明市', [
        u('kunming', '昆明市总工会', organization_enums_1.OrganizationLevel.CITY, '530100', '云南省昆明市', [
            u('xishan', '西山区总工会', organization_enums_1.OrganizationLevel.DISTRICT, '530112', '云南省昆明市西山区', [
                u('fuhai', '福海街道总工会', organization_enums_1.OrganizationLevel.STREET, '530112', '云南省昆明市西山区福海街道', [
                    // Community unions of 福海街道: names invented (the article names only the school campus).
                    u('fuhai-c1', '福海社区联合工会', organization_enums_1.OrganizationLevel.COMMUNITY, '530112', '云南省昆明市西山区福海街道'),
                    u('fuhai-c2', '海埂社区联合工会', organization_enums_1.OrganizationLevel.COMMUNITY, '530112', '云南省昆明市西山区福海街道'),
                    // The school lends its campus (书林第二小学福海校区, article 000); placed under the street so that
                    // the street union's staff see the venue owner.
                    {
                        key: 'shulin2',
                        name: '昆明市西山区书林第二小学',
                        shortName: '书林二小',
                        kind: organization_enums_1.OrganizationKind.SCHOOL,
                        level: organization_enums_1.OrganizationLevel.GRASSROOTS,
                        region: '530112',
                        address: '云南省昆明市西山区福海街道',
                    },
                ]),
                // A second street of the district (三级工会联动, "遍布全区的多个托管校区"); its community is invented.
                u('qianwei', '前卫街道总工会', organization_enums_1.OrganizationLevel.STREET, '530112', '云南省昆明市西山区前卫街道', [
                    u('qianwei-c1', '前卫社区联合工会', organization_enums_1.OrganizationLevel.COMMUNITY, '530112', '云南省昆明市西山区前卫街道'),
                ]),
                // "与云南省投资控股集团有限公司、富滇银行等企业深度联动": 辖区内 enterprises, so inside the district.
                {
                    key: 'yntz',
                    name: '云南省投资控股集团有限公司',
                    shortName: '云投集团',
                    kind: organization_enums_1.OrganizationKind.ENTERPRISE,
                    level: organization_enums_1.OrganizationLevel.GRASSROOTS,
                    region: '530112',
                    address: '云南省昆明市西山区',
                },
                {
                    key: 'fudian',
                    name: '富滇银行',
                    kind: organization_enums_1.OrganizationKind.ENTERPRISE,
                    level: organization_enums_1.OrganizationLevel.GRASSROOTS,
                    region: '530112',
                    address: '云南省昆明市西山区',
                },
            ]),
        ]),
        u('puer', '普洱市总工会', organization_enums_1.OrganizationLevel.CITY, '530800', '云南省普洱市', [
            u('simao', '思茅区总工会', organization_enums_1.OrganizationLevel.DISTRICT, '530802', '云南省普洱市思茅区', [
                u('nanping', '南屏镇总工会', organization_enums_1.OrganizationLevel.STREET, '530802', '云南省普洱市思茅区南屏镇', [
                    community('chamagudao', '茶马古道社区', '530802', '云南省普洱市思茅区南屏镇'),
                ]),
            ]),
            u('lancang', '澜沧拉祜族自治县总工会', organization_enums_1.OrganizationLevel.DISTRICT, '530828', '云南省普洱市澜沧拉祜族自治县', [
                // 娜登社区 is the county-seat resettlement community; 勐朗镇 as its town is our assumption.
                u('menglang', '勐朗镇总工会', organization_enums_1.OrganizationLevel.STREET, '530828', '云南省普洱市澜沧县勐朗镇', [
                    community('nadeng', '娜登社区', '530828', '云南省普洱市澜沧县勐朗镇'),
                ]),
                u('donghui', '东回镇总工会', organization_enums_1.OrganizationLevel.STREET, '530828', '云南省普洱市澜沧县东回镇', [
                    community('longquanhu', '龙泉湖社区', '530828', '云南省普洱市澜沧县东回镇'),
                ]),
            ]),
        ]),
    ]),
    u('gansu', '甘肃省总工会', organization_enums_1.OrganizationLevel.PROVINCE, '620000', '甘肃省兰州市', [
        u('lanzhou', '兰州市总工会', organization_enums_1.OrganizationLevel.CITY, '620100', '甘肃省兰州市', [
            u('chengguan', '城关区总工会', organization_enums_1.OrganizationLevel.DISTRICT, '620102', '甘肃省兰州市城关区', [
                u('yanchanglu', '盐场路街道总工会', organization_enums_1.OrganizationLevel.STREET, '620102', '甘肃省兰州市城关区盐场路街道', [
                    community('mukezhai', '穆柯寨社区', '620102', '甘肃省兰州市城关区盐场路街道'),
                ]),
                u('zhangyelu', '张掖路街道总工会', organization_enums_1.OrganizationLevel.STREET, '620102', '甘肃省兰州市城关区张掖路街道', [
                    community('shanzishi', '山子石社区', '620102', '甘肃省兰州市城关区张掖路街道'),
                ]),
            ]),
            // 小草 also serves 七里河区 (article 001).
            u('qilihe', '七里河区总工会', organization_enums_1.OrganizationLevel.DISTRICT, '620103', '甘肃省兰州市七里河区'),
        ]),
        u('qingyang', '庆阳市总工会', organization_enums_1.OrganizationLevel.CITY, '621000', '甘肃省庆阳市', [
            u('xifeng', '西峰区总工会', organization_enums_1.OrganizationLevel.DISTRICT, '621002', '甘肃省庆阳市西峰区', [
                // 街道"大工委" (article 003): the street's union working committee.
                u('lanzhoulu', '兰州路街道工会工作委员会', organization_enums_1.OrganizationLevel.STREET, '621002', '甘肃省庆阳市西峰区兰州路街道', [
                    community('dongpinglu', '东平路社区', '621002', '甘肃省庆阳市西峰区兰州路街道'),
                ]),
                {
                    key: 'xiansheng',
                    name: '西峰区显胜乡人民政府',
                    shortName: '显胜乡',
                    kind: organization_enums_1.OrganizationKind.STREET_OFFICE,
                    level: organization_enums_1.OrganizationLevel.STREET,
                    region: '621002',
                    address: '甘肃省庆阳市西峰区显胜乡',
                    children: [
                        {
                            key: 'yueling',
                            name: '显胜乡岳岭村',
                            shortName: '岳岭村',
                            kind: organization_enums_1.OrganizationKind.VILLAGE,
                            level: organization_enums_1.OrganizationLevel.COMMUNITY,
                            region: '621002',
                            address: '甘肃省庆阳市西峰区显胜乡岳岭村',
                        },
                        {
                            key: 'ranli',
                            name: '显胜乡冉李村',
                            shortName: '冉李村',
                            kind: organization_enums_1.OrganizationKind.VILLAGE,
                            level: organization_enums_1.OrganizationLevel.COMMUNITY,
                            region: '621002',
                            address: '甘肃省庆阳市西峰区显胜乡冉李村',
                        },
                    ],
                },
            ]),
        ]),
    ]),
    // The union side of 江阳区 is not in article 002; it holds the union membership of the area's working parents.
    u('luzhou', '泸州市总工会', organization_enums_1.OrganizationLevel.CITY, '510500', '四川省泸州市', [
        u('jiangyang', '江阳区总工会', organization_enums_1.OrganizationLevel.DISTRICT, '510502', '四川省泸州市江阳区'),
    ]),
    {
        key: 'luzhou-fl',
        name: '泸州市妇女联合会',
        shortName: '泸州市妇联',
        kind: organization_enums_1.OrganizationKind.WOMENS_FEDERATION,
        level: organization_enums_1.OrganizationLevel.CITY,
        region: '510500',
        address: '四川省泸州市',
        children: [
            {
                key: 'jiangyang-fl',
                name: '江阳区妇女联合会',
                shortName: '江阳区妇联',
                kind: organization_enums_1.OrganizationKind.WOMENS_FEDERATION,
                level: organization_enums_1.OrganizationLevel.DISTRICT,
                region: '510502',
                address: '四川省泸州市江阳区',
                children: [
                    {
                        key: 'qiancao-fl',
                        name: '茜草街道妇女联合会',
                        shortName: '茜草街道妇联',
                        kind: organization_enums_1.OrganizationKind.WOMENS_FEDERATION,
                        level: organization_enums_1.OrganizationLevel.STREET,
                        region: '510502',
                        address: '四川省泸州市江阳区茜草街道',
                        children: [
                            community('linfu', '邻府社区', '510502', '四川省泸州市江阳区茜草街道', [
                                // Founded at 邻府社区 in September 2023 (article 002: "自去年9月在茜草街道邻府社区成立").
                                {
                                    key: 'baoma',
                                    name: '江阳区“宝妈妇联”',
                                    shortName: '宝妈妇联',
                                    kind: organization_enums_1.OrganizationKind.WOMENS_FEDERATION,
                                    level: organization_enums_1.OrganizationLevel.GRASSROOTS,
                                    region: '510502',
                                    address: '四川省泸州市江阳区茜草街道邻府社区',
                                },
                            ]),
                        ],
                    },
                ],
            },
        ],
    },
    {
        key: 'puer-fl',
        name: '普洱市妇女联合会',
        shortName: '普洱市妇联',
        kind: organization_enums_1.OrganizationKind.WOMENS_FEDERATION,
        level: organization_enums_1.OrganizationLevel.CITY,
        region: '530800',
        address: '云南省普洱市',
        children: [
            {
                key: 'lancang-fl',
                name: '澜沧拉祜族自治县妇女联合会',
                shortName: '澜沧县妇联',
                kind: organization_enums_1.OrganizationKind.WOMENS_FEDERATION,
                level: organization_enums_1.OrganizationLevel.DISTRICT,
                region: '530828',
                address: '云南省普洱市澜沧县',
            },
        ],
    },
    // Partners named by the articles, outside any union's scope.
    {
        key: 'xishan-police',
        name: '昆明市公安局西山分局',
        kind: organization_enums_1.OrganizationKind.GOVERNMENT_AGENCY,
        level: organization_enums_1.OrganizationLevel.DISTRICT,
        region: '530112',
        address: '云南省昆明市西山区',
    },
    {
        key: 'lancang-procuratorate',
        name: '澜沧拉祜族自治县人民检察院',
        kind: organization_enums_1.OrganizationKind.GOVERNMENT_AGENCY,
        level: organization_enums_1.OrganizationLevel.DISTRICT,
        region: '530828',
        address: '云南省普洱市澜沧县',
    },
    {
        key: 'jiangyang-redcross',
        name: '江阳区红十字会',
        kind: organization_enums_1.OrganizationKind.OTHER,
        level: organization_enums_1.OrganizationLevel.DISTRICT,
        region: '510502',
        address: '四川省泸州市江阳区',
    },
    { key: 'swmu', name: '西南医科大学', kind: organization_enums_1.OrganizationKind.SCHOOL, level: organization_enums_1.OrganizationLevel.GRASSROOTS, region: '510502', address: '四川省泸州市' },
    {
        key: 'luzhou-employment',
        name: '泸州市就业局',
        kind: organization_enums_1.OrganizationKind.GOVERNMENT_AGENCY,
        level: organization_enums_1.OrganizationLevel.CITY,
        region: '510500',
        address: '四川省泸州市',
    },
    {
        key: 'biliufu',
        name: '毕六福油纸伞',
        kind: organization_enums_1.OrganizationKind.ENTERPRISE,
        level: organization_enums_1.OrganizationLevel.GRASSROOTS,
        region: '510502',
        address: '四川省泸州市',
    },
];
//# sourceMappingURL=demo-org-tree.js.map