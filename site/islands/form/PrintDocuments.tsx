/**
 * The two forms that are letters rather than tables: 限期入学(复学)通知书 and
 * 控辍保学目标责任书, written out from the form data with the jurisdiction's
 * name and the clauses they rest on.
 */
import { SignatureLines } from './PrintSheet.tsx';
import { gradeName } from '../../lib/forms/grade-names.ts';

export interface Basis {
  ref: string;
  /** short, for lists on screen: 国办发〔2017〕72号 第2条 */
  label: string;
  url: string;
  /** in full, as an official document cites it: 《…》（国办发〔2017〕72号）第2条 */
  citation: string;
}

type Data = Record<string, any>;

const blank = (v: unknown, width = 6) => (v === undefined || v === null || v === '' ? '＿'.repeat(width) : String(v));

/** 2022-03-25 → 2022年3月25日; blanks for handwriting when missing. */
export function chineseDate(iso: unknown): string {
  const m = typeof iso === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '＿＿＿＿年＿＿月＿＿日';
}

/**
 * The legal basis as an official notice words it: each clause by its full
 * citation, never quoted in part (a cut sentence on paper reads as an error).
 */
function basisText(basis: Basis[]): string {
  const citations = ['《中华人民共和国义务教育法》', ...basis.map((b) => b.citation)];
  return [...new Set(citations)].join('、');
}

/** One party's seal and signature block of the 责任书. */
function PledgeParty({ role, party }: { role: string; party: Data }) {
  return (
    <div>
      <p>
        {role}（盖章）：{party.unit ?? ''}
      </p>
      <p>
        代表（签字）：{party.representative ?? ''}
        <span className="sign-blank" />
      </p>
    </div>
  );
}

export function ReturnNoticeDoc({ data, jurisdictionName, basis }: { data: Data; jurisdictionName: string; basis: Basis[] }) {
  const kind = data.kind === '入学' ? '入学' : data.kind === '复学' ? '复学' : '入学（复学）';
  const s: Data = data.student ?? {};
  const g: Data = data.guardian ?? {};
  return (
    <article className="print-sheet print-letter">
      <p className="letter-issuer">{blank(data.issuer, 10)}</p>
      <h2 className="print-title">限期{kind}通知书</h2>
      {data.docNumber && <p className="letter-number">{data.docNumber}</p>}
      <p className="letter-salute">
        {blank(g.name)}（学生{blank(s.name, 4)}的{blank(g.relation, 2)}）：
      </p>
      <p className="letter-body">
        你的子女（被监护人）{blank(s.name, 4)}，{blank(s.gender, 1)}，{chineseDate(s.birthDate)}出生，身份证号 {blank(s.idNumber, 18)}
        {s.grade ? `，原就读${gradeName(s.grade)}` : ''}
        {data.leftDate ? `，自${chineseDate(data.leftDate)}起无正当理由未到校就读` : '，无正当理由未按时入学或已中途辍学'}。
      </p>
      <p className="letter-body">
        依照{basisText(basis)}的规定，父母或者其他法定监护人应当依法保证适龄儿童少年按时入学，接受并完成义务教育。现责令你于
        <strong>{chineseDate(data.deadline)}</strong>前，送{blank(s.name, 4)}到<strong>{blank(data.school, 10)}</strong>
        {kind === '入学（复学）' ? '入学（复学）' : kind}。
      </p>
      <p className="letter-body">
        逾期不改的，将由{jurisdictionName}有关部门依法给予批评教育、行政处罚，并由司法部门依法发放相关司法文书，敦促你保证学生尽早{kind === '入学' ? '入学' : '复学'}；情节严重或构成犯罪的，依法追究法律责任。
      </p>
      {(data.contact || data.contactPhone) && (
        <p className="letter-body">
          学校联系人：{blank(data.contact, 4)}　联系电话：{blank(data.contactPhone, 8)}
        </p>
      )}
      <div className="letter-seal">
        <p>{blank(data.issuer, 10)}（盖章）</p>
        <p>{chineseDate(data.issueDate)}</p>
      </div>
      <div className="letter-receipt">
        <p className="receipt-title">送达回执</p>
        {/* Where and whom the notice was served on, as a 送达回证 records it; blanks to fill in by hand. */}
        <p>
          受送达人：{blank(g.name)}（{blank(g.relation, 2)}）　联系电话：{blank(g.phone, 11)}
        </p>
        <p>送达地址：{blank(g.address, 20)}</p>
        <p>
          本人已收到{blank(data.issuer, 10)}于{chineseDate(data.issueDate)}下达的限期{kind}通知书
          {data.docNumber ? `（${data.docNumber}）` : ''}，知悉有关法律规定。
        </p>
        <SignatureLines names={['监护人（签字）', '签收日期']} />
      </div>
    </article>
  );
}

export function PledgeDoc({ data, jurisdictionName, basis, indicatorLabels }: { data: Data; jurisdictionName: string; basis: Basis[]; indicatorLabels: Record<string, string> }) {
  const a: Data = data.partyA ?? {};
  const b: Data = data.partyB ?? {};
  const comparator: Record<string, string> = { '>=': '不低于', '<=': '不高于', '=': '达到' };
  const targets: Data[] = Array.isArray(data.targets) ? data.targets : [];
  const listed: string[] = Array.isArray(data.duties) ? data.duties.filter((d: unknown) => typeof d === 'string' && d) : [];
  // A blank pledge still has lines to write the duties on.
  const duties = listed.length ? listed : ['＿'.repeat(30), '＿'.repeat(30), '＿'.repeat(30)];
  return (
    <article className="print-sheet print-letter">
      <h2 className="print-title">{data.title || '控辍保学目标责任书'}</h2>
      <p className="letter-parties">
        甲方：{blank(a.unit, 10)}
        <br />
        乙方：{blank(b.unit, 10)}
      </p>
      <p className="letter-body">
        为贯彻落实{basisText(basis)}，进一步明确{jurisdictionName}控辍保学工作责任，巩固提高义务教育普及水平，确保适龄儿童少年“一个都不能少”，经甲乙双方协商，签订本责任书。
      </p>
      <h3>一、责任期限</h3>
      <p className="letter-body">
        自{chineseDate(data.startDate)}起至{chineseDate(data.endDate)}止。
      </p>
      <h3>二、工作目标</h3>
      <ol className="letter-list">
        {targets.map((t, i) => (
          <li key={i}>
            {indicatorLabels[t.indicator] ?? t.indicator}
            {comparator[t.comparator] ?? t.comparator}
            {t.value ?? '＿＿'}%。
          </li>
        ))}
      </ol>
      <h3>三、责任内容</h3>
      <ol className="letter-list">
        {duties.map((d, i) => (
          <li key={i}>{d}</li>
        ))}
      </ol>
      {data.assessment && (
        <>
          <h3>四、考核与奖惩</h3>
          <p className="letter-body">{data.assessment}</p>
        </>
      )}
      <p className="letter-body">本责任书一式两份，甲乙双方各执一份，自签订之日起生效。</p>
      <div className="pledge-sign">
        <PledgeParty role="甲方" party={a} />
        <PledgeParty role="乙方" party={b} />
      </div>
      <p className="letter-date">签订日期：{chineseDate(data.signDate)}</p>
    </article>
  );
}
