// How an enterprise's name appears to the public, and the ways people shorten it in free text. A Chinese
// business name is place + trade name + industry + organisation form (绵阳 + 测试 + 科技 + 有限公司); people write
// `测试科技公司` or `测试科技`, so the scrubber looks for the distinctive middle too, not only the whole name.

export const MASK = '**';

/** Longest first, so 股份有限公司 is kept whole rather than as 有限公司. */
const ORGANISATION_SUFFIXES = ['股份有限公司', '有限责任公司', '有限公司', '集团公司', '集团', '公司', '合作社', '工作室', '商行', '中心', '厂', '店'];

/** `绵阳测试科技有限公司` → `绵阳**有限公司`: the place-name prefix and the organisation type stay, the rest is masked. */
export function maskEnterpriseName(name: string): string {
  const chars = [...name.trim()];
  const suffix = ORGANISATION_SUFFIXES.find((s) => name.trim().endsWith(s) && chars.length > [...s].length) ?? '';
  const stem = chars.slice(0, chars.length - [...suffix].length);
  const kept = stem.length > 2 ? 2 : Math.max(0, stem.length - 1);
  return `${stem.slice(0, kept).join('')}${MASK}${suffix}`;
}

/**
 * Shorter than this, a stem is too likely an ordinary word of the text (科技, 大数据, 互联网, 新能源) to be masked
 * wherever it occurs; four characters are trade name and industry together (测试科技, 长虹电器).
 */
export const MIN_STEM_LENGTH = 4;

/** Provinces (and the country) as names begin with them, 省 or not: 四川长虹电器, 四川省绵阳市…. */
const PROVINCE =
  /^(?:中国|北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|香港|澳门|台湾)省?/u;
/** Administrative places written out (绵阳市, 高新区, 涪城区), one or more. */
const ADMINISTRATIVE = /^(?:\p{Script=Han}{1,4}?(?:特别行政区|自治区|自治州|自治县|地区|省|市|州|盟|县|区|旗|镇|乡))+/u;
/** A place in brackets after the trade name: `测试科技（绵阳）有限公司`. */
const BRACKETED_PLACE = /[(（][^()（）]*[)）]$/u;

function withoutSuffixes(name: string): string {
  for (let rest = name; ;) {
    const suffix = ORGANISATION_SUFFIXES.find((s) => rest.endsWith(s) && rest.length > s.length);
    const trimmed = (suffix ? rest.slice(0, -suffix.length) : rest).replace(BRACKETED_PLACE, '');
    if (trimmed === rest) return rest;
    rest = trimmed;
  }
}

/** The name less ever more of its place: the province, then the places written out or else a two-character city. */
function lessPlace(bare: string): string[] {
  const province = PROVINCE.exec(bare)?.[0] ?? '';
  const rest = bare.slice(province.length);
  const places = ADMINISTRATIVE.exec(rest)?.[0];
  const city = places ?? (/^\p{Script=Han}{2}/u.test(rest) ? rest.slice(0, 2) : '');
  return [rest, rest.slice(city.length)];
}

/**
 * What free text may call the enterprise by, longest first: the whole name, the name without its organisation
 * form (`绵阳测试科技`), and without its place as well (`测试科技`). A place not written out as 市, 区, 县… is
 * taken to be the first two characters after any province (as `maskEnterpriseName` assumes). Variants shorter
 * than `MIN_STEM_LENGTH` are left out.
 */
export function nameVariants(name: string): string[] {
  const whole = name.trim();
  const bare = withoutSuffixes(whole);
  const variants = [bare, ...lessPlace(bare)].filter((v) => [...v].length >= MIN_STEM_LENGTH);
  return [...new Set([whole, ...variants])].sort((a, b) => b.length - a.length);
}

const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '令狐', '夏侯', '端木'];
const HONORIFICS = ['总经理', '董事长', '经理', '主任', '总', '董', '先生', '女士', '小姐', '老板', '会计', '科长', '部长'];

/** The contact's name and how a text refers to them by surname and title (王小明 → 王经理, 王总, 王女士). */
export function contactReferences(contactName: string): string[] {
  const name = contactName.trim();
  if ([...name].length < 2) return [];
  const surname = COMPOUND_SURNAMES.find((s) => name.startsWith(s) && name.length > s.length) ?? [...name][0]!;
  return [name, ...HONORIFICS.map((title) => surname + title)];
}
