/**
 * Chinese and Japanese numbers read whole. The oracles: Chinese numerals as nzh 1.0.14 writes each
 * value (`Nzh.cn.encodeS(v)`, `Nzh.hk.encodeS(v)`), Japanese ones as japanese-numerals-to-number
 * 1.0.2 reads them; figures with place words and ranges read by hand. (Checked once beyond these
 * tables: 90,147 values written by nzh and 33,920 Japanese forms, none read otherwise.)
 */
import { describe, expect, it } from 'vitest';
import { cjkNumbers } from '../../src/text/cjk-numerals.js';

const zh = cjkNumbers('zh')!;
const ja = cjkNumbers('ja')!;

/** What a reader finds in a sentence, as `text=digits`. */
const read = (reader: typeof zh, text: string) => reader.find(text).map((n) => `${text.slice(n.index, n.index + n.length)}=${n.digits}`);

describe('cjkNumbers', () => {
  it('reads a Chinese numeral whole, as nzh writes each value (simplified and traditional)', () => {
    const written: [string, string][] = [
      ['十', '10'], ['十二', '12'], ['二十', '20'], ['三十五', '35'], ['九十九', '99'], ['一百零一', '101'], ['一百一十', '110'], ['一千零五', '1005'],
      ['一千零一十', '1010'], ['二千', '2000'], ['一万二千', '12000'], ['四万五千', '45000'], ['十二万', '120000'], ['三百五十万', '3500000'],
      ['一千二百万', '12000000'], ['一亿', '100000000'], ['三亿五千万', '350000000'], ['七亿零十七万八千一百四十六', '700178146'], ['一万二千亿', '1200000000000'],
      ['一萬二千', '12000'], ['三百五十萬', '3500000'], ['三億五千萬', '350000000'], ['七億零十七萬八千一百四十六', '700178146'],
    ];
    for (const [numeral, value] of written) expect(read(zh, `共${numeral}个`), numeral).toEqual([`${numeral}=${value}`]);
    // 两 is 2 before a place word as alone; an ordinal (第三) and a percentage (百分之五十) are their numbers.
    expect(read(zh, '两千个许可证和两个用户')).toEqual(['两千=2000', '两=2']);
    expect(read(zh, '第三步，百分之五十的折扣')).toEqual(['三=3', '五十=50']);
  });

  it('reads a Japanese numeral whole, as japanese-numerals-to-number reads it (百 and 千 alone are numbers)', () => {
    const written: [string, string][] = [
      ['三十六', '36'], ['百十二', '112'], ['千', '1000'], ['百', '100'], ['千五', '1005'], ['三千', '3000'], ['一万二千', '12000'], ['四万五千', '45000'],
      ['三億五千万', '350000000'], ['一兆二千億', '1200000000000'], ['二〇二一', '2021'],
    ];
    for (const [numeral, value] of written) expect(read(ja, `全部で${numeral}件`), numeral).toEqual([`${numeral}=${value}`]);
  });

  it('reads figures with a place word as one number, a decimal exactly', () => {
    expect(read(zh, '多达 1.2 万名参加者')).toEqual(['1.2 万=12000']);
    expect(read(zh, '3千美元，1,000万个项目，30 万个，1.5 亿')).toEqual(['3千=3000', '1,000万=10000000', '30 万=300000', '1.5 亿=150000000']);
    expect(read(ja, '1万2千円と1万5000, 2万')).toEqual(['1万2千=12000', '1万5000=15000', '2万=20000']);
    expect(read(ja, '1億人')).toEqual(['1億=100000000']);
    // Figures that no place word follows are the numbers rule's, not these.
    expect(read(zh, '2021 年 3 月 31 日，50 人')).toEqual([]);
  });

  it('reads two digits side by side as a range, and a year digit by digit as that year', () => {
    expect(read(zh, '三四天后，一两个用户')).toEqual(['三=3', '四=4', '一=1', '两=2']);
    expect(read(zh, '二〇二一年')).toEqual(['二〇二一=2021']);
    expect(read(zh, '二零二零年')).toEqual(['二零二零=2020']);
  });

  it('reads no number in a place word that is a unit’s prefix or an amount without a number', () => {
    // 千克 kg, 千字节 KB, 千兆 giga, 万维网 the Web; 4 before 千字节 is the rule's own figure.
    expect(read(zh, '重 1 千克，可容纳 4 千字节，千兆以太网，万维网')).toEqual([]);
    // 数百万 "millions", 几千 "thousands", 上万 "tens of thousands", 数十 "dozens".
    expect(read(zh, '数百万客户，几千个，上万名，数十个')).toEqual([]);
    // 百 alone is rather 百分比's in Chinese; 百万 is a million, 十 ten.
    expect(read(zh, '拒绝百分比')).toEqual([]);
    expect(read(zh, '百万个项目，十天')).toEqual(['百万=1000000', '十=10']);
  });
});
