import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { listAppealStates, searchPageQuery, type AppealFilter } from '../db/appeals.js';
import { migrateToLatest } from '../db/migrator.js';
import { createDb } from '../db/pool.js';
import { matches } from '../db/search.js';
import { indexText } from '../domain/search-text.js';
import { seededRandom, type Random } from '../scripts/chaos/random.js';

// Search in Chinese (issue 18) at a city's scale: appeals seeded directly in SQL with titles and descriptions made
// from word lists, then queries of two to four characters, alone and with a role's scope or a filter, timed
// through listAppealStates as the API runs them.

const SUBJECTS = [
  '科技贷款',
  '融资担保',
  '工业用地',
  '标准厂房',
  '出口退税',
  '增值税',
  '社保缴费',
  '用电报装',
  '供水管网',
  '天然气',
  '环评批复',
  '消防验收',
  '排污许可',
  '招工用工',
  '人才公寓',
  '物流园区',
  '道路改造',
  '停车位',
  '厂房租金',
  '技改补贴',
  '专利申请',
  '商标注册',
  '施工许可',
  '营业执照',
  '报关手续',
  '质量检验',
  '宽带网络',
  '污水处理',
  '安全生产',
  '职业培训',
  '首台套',
  '研发费用',
  '高新企业',
  '政府采购',
  '工程款',
  '应急转贷',
  '知识产权',
  '土地证',
  '不动产登记',
  '食品经营',
];
const PROBLEMS = [
  '审批慢',
  '两个月未有答复',
  '费用偏高',
  '手续繁琐',
  '材料重复提交',
  '标准不明确',
  '拖欠款项',
  '政策落实不到位',
  '多部门推诿',
  '办理时限过长',
  '线上系统无法提交',
  '现场核查反复',
  '补贴未兑现',
  '收费不透明',
  '进度无人告知',
];
const PLACES = ['涪城区', '游仙区', '安州区', '江油市', '三台县', '盐亭县', '梓潼县', '北川县', '平武县', '高新区', '经开区', '科创区'];
const INDUSTRIES = ['电子信息', '新材料', '食品加工', '汽车零部件', '生物医药', '装备制造', '纺织服装', '现代物流'];
/** Products and technologies, each in a few hundred appeals: the narrow queries. */
const RARE = ['锂电池隔膜', '碳纤维', '无人机', '光伏组件', '稀土永磁', '冷链仓储', '预制菜', '芯片封装', '氢燃料', '石墨烯', '工业母机', '柔性屏'];
const NOTES = ['已电话联系企业负责人', '已协调银行面谈', '正在会商相关部门', '已现场核实情况', '等待上级批复'];

const pick = <T>(r: Random, items: readonly T[]) => items[Math.floor(r.next() * items.length)]!;

function appealText(r: Random, i: number) {
  const subject = pick(r, SUBJECTS);
  const title = `${pick(r, PLACES)}${subject}${pick(r, PROBLEMS)}`;
  const description =
    `我公司系${pick(r, PLACES)}${pick(r, INDUSTRIES)}企业，${i % 7 === 0 ? '去年' : '今年'}申请${subject}，` +
    `${pick(r, PROBLEMS)}，另${pick(r, SUBJECTS)}${pick(r, PROBLEMS)}，${r.next() < 0.05 ? `影响${pick(r, RARE)}项目，` : ''}恳请协调解决。`;
  return { title, description, note: i % 3 === 0 ? pick(r, NOTES) : '' };
}

/** Queries of two to four characters from the words of the texts, one in five narrow. */
function queries(r: Random, n: number): string[] {
  const words = [...SUBJECTS, ...PROBLEMS, ...INDUSTRIES, ...PLACES];
  return Array.from({ length: n }, () => {
    const chars = [...pick(r, r.next() < 0.2 ? RARE : words)];
    const length = Math.min(chars.length, 2 + Math.floor(r.next() * 3));
    const start = Math.floor(r.next() * (chars.length - length + 1));
    return chars.slice(start, start + length).join('');
  });
}

const SEED_BATCH = 5_000;

export async function searchLatencies(databaseUrl: string, count: number, runs: number, progress: (line: string) => void) {
  const db = createDb(databaseUrl, { max: 1 });
  try {
    await migrateToLatest(db);
    const seeding = performance.now();
    const r = seededRandom(18);
    for (let from = 1; from <= count; from += SEED_BATCH) {
      const rows = Array.from({ length: Math.min(SEED_BATCH, count - from + 1) }, (_, k) => ({ i: from + k, ...appealText(r, from + k) }));
      // The same spread as the list bench: 40 departments with every status each, two years of registrations.
      await sql`
        insert into appeals (id, receipt_number, version, status, round, channel, category, credit_code, lead_department,
                             co_departments, overdue, supervised, meeting_id, registered_at, due_at, state, search)
        select 'bench-' || i, 'B' || lpad(i::text, 9, '0'), 1,
               (array['registered','assigned','in_progress','resolved','closed','closed','closed','withdrawn'])[1 + (i / 40) % 8],
               1, 'online_platform', 'financing', '91510700MA' || lpad((i % 9999)::text, 8, '0'), 'dept-' || (i % 40),
               array['dept-' || ((i + 7) % 40)], false, false, null, timestamptz '2025-01-01' + (i * interval '10 minutes'), null,
               jsonb_build_object('id', 'bench-' || i, 'title', title, 'description', description),
               setweight(to_tsvector('simple', shared), 'A') || setweight(to_tsvector('simple', internal), 'B')
        from unnest(${rows.map((x) => x.i)}::int[], ${rows.map((x) => x.title)}::text[], ${rows.map((x) => x.description)}::text[],
                    ${rows.map((x) => indexText([x.title, x.description]))}::text[], ${rows.map((x) => indexText([x.note]))}::text[])
             as t(i, title, description, shared, internal)`.execute(db);
    }
    await sql`vacuum analyze appeals`.execute(db);
    progress(`seeded ${count.toLocaleString('en')} appeals with Chinese texts in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

    const asked = queries(r, runs);
    const scopes: Record<string, (i: number) => AppealFilter> = {
      office: () => ({}),
      'a department': (i) => ({ visibleToDepartment: `dept-${i % 40}` }),
      'an enterprise': (i) => ({ creditCode: `91510700MA${String(i % 9999).padStart(8, '0')}` }),
      'status = in_progress': () => ({ status: 'in_progress' }),
    };
    const latencies: Record<string, number[]> = {};
    for (const [scope, filterOf] of Object.entries(scopes)) {
      const filter = (i: number): AppealFilter => ({ ...filterOf(i), search: { text: asked[i]!, sharedOnly: scope === 'an enterprise' } });
      await listAppealStates(db, filter(0), { limit: 20 });
      latencies[scope] = [];
      for (let i = 0; i < asked.length; i++) {
        const t = performance.now();
        await listAppealStates(db, filter(i), { limit: 20 });
        latencies[scope].push(performance.now() - t);
      }
    }
    // How many appeals a query matches (all of which are ranked), as context for the latencies.
    const matched: number[] = [];
    for (const text of asked) {
      const { n } = await db
        .selectFrom('appeals')
        .select(sql<string>`count(*)`.as('n'))
        .where(matches({ text, sharedOnly: false }))
        .executeTakeFirstOrThrow();
      matched.push(Number(n));
    }
    // A narrow query (the one matching fewest) should read its matches through appeals_search; a broad one walks the
    // newest appeals along appeals_registered until it has SEARCH_CANDIDATES matches, which the planner prefers then.
    const narrow = asked[matched.indexOf(Math.min(...matched.filter((n) => n > 0)))]!;
    const plan = async (text: string) =>
      (await searchPageQuery(db, {}, { text, sharedOnly: false }, { limit: 20 }).explain('text', sql`analyze`))
        .map((row) => String(row['QUERY PLAN']))
        .join('\n');
    const plans = { [narrow]: await plan(narrow), 贷款: await plan('贷款') };
    return { latencies, queries: asked.length, matched, usesIndex: /Bitmap Index Scan on appeals_search/.test(plans[narrow]!), narrow, plans };
  } finally {
    await db.destroy();
  }
}
