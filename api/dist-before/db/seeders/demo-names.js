"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SURNAMES = void 0;
exports.givenName = givenName;
exports.fullName = fullName;
/**
 * Invented names: a common surname and a one- or two-character given name drawn from lists of common
 * characters. Any likeness to a real person is a coincidence of common names, never a copied record.
 */
exports.SURNAMES = [
    ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余',
    ...'杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶',
    ...'黎贺顾毛郝龚邵万严覃武戴莫孔向',
];
const MALE_CHARS = [
    ...'伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳建国峰亮成文博晨昊天',
    ...'泽睿轩然航宸铭子一嘉志永海春德福荣贵顺祥',
];
const FEMALE_CHARS = [
    ...'芳娜敏静丽艳娟霞燕玲萍红梅琳洁婷雪慧颖倩晶佳欣怡悦琪涵萱雨诗梦思可馨彤若语瑶妍菲',
    ...'秀英兰凤珍桂琴云春月小晓美金莉丹蕾薇露冰',
];
/** A given name of one or two characters (two more often, as in younger generations). */
function givenName(rng, gender) {
    const chars = gender === 'MALE' ? MALE_CHARS : FEMALE_CHARS;
    const first = rng.pick(chars);
    if (rng.chance(0.3))
        return first;
    let second = rng.pick(chars);
    while (second === first)
        second = rng.pick(chars);
    return first + second;
}
function fullName(rng, gender, surname = rng.pick(exports.SURNAMES)) {
    return surname + givenName(rng, gender);
}
//# sourceMappingURL=demo-names.js.map