#!/usr/bin/env node
// convert-reference-data.mjs
//
// Converts the sourced reference data (../shared/reference-data) into the dashboard's own CSV
// schema under data/ (documented in data/README.md).
//
// Usage, from the repository root:
//   node data/tools/convert-reference-data.mjs [path-to-reference-data]
// The path defaults to ../shared/reference-data relative to the repository root.
//
// Rules the script enforces:
//   * No figure is invented: every number written comes from a reference file, or is arithmetic on
//     reference figures stated in the `derivation` column (PAPI dimension/total sums).
//   * Deterministic: no clock, no randomness, fixed ordering; running it twice gives byte-identical
//     files (UTF-8 without BOM, LF, RFC 4180 quoting only where needed).
//   * Anything it cannot map (unknown URL, measure, unit, breakdown) stops the run with an error.
//   * Self-checks at the end (PAPI expected values for Cần Thơ from papi/README.md, referential
//     integrity); exits non-zero on any mismatch.
// No npm dependencies (Node >= 20).

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertPlans } from './convert-plans.mjs';
import { applyDecember2026, prepareDecember2026 } from './convert-2026-12-figures.mjs';
import { assessments2025, check2025, H_ASSESSMENTS, H_LINEAGE, lineage2025, SOURCES_2025, units2025 } from './convert-2025-units.mjs';

const SCRIPT_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(SCRIPT_DIR, '..', '..');
const DATA_DIR = path.join(REPO_ROOT, 'data');
const REF_DIR = process.argv[2]
  ? path.resolve(process.cwd(), process.argv[2])
  : path.resolve(REPO_ROOT, '..', 'shared', 'reference-data');

class ConversionError extends Error {}
function fail(message) {
  throw new ConversionError(message);
}
function assert(condition, message) {
  if (!condition) fail(message);
}

// ---------------------------------------------------------------------------------------------
// CSV (RFC 4180) reader and writer
// ---------------------------------------------------------------------------------------------

function parseCsv(text, file) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = [];
  let row = [];
  let field = '';
  let inQuotes = false;
  let afterQuote = false; // a quoted field has just been closed
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
          afterQuote = true;
        }
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === ',') {
      row.push(field);
      field = '';
      afterQuote = false;
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      if (c === '\r') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      afterQuote = false;
      line++;
    } else if (afterQuote) {
      fail(`${file}:${line}: characters after a closing quote`);
    } else if (c === '"') {
      if (field !== '') fail(`${file}:${line}: quote inside an unquoted field`);
      inQuotes = true;
    } else {
      field += c;
    }
  }
  if (inQuotes) fail(`${file}: unterminated quoted field`);
  if (field !== '' || row.length > 0 || afterQuote) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function readCsv(relPath) {
  const file = path.join(REF_DIR, relPath);
  const rows = parseCsv(fs.readFileSync(file, 'utf8'), relPath);
  assert(rows.length > 0, `${relPath}: empty file`);
  const header = rows[0];
  return rows.slice(1).map((cells, i) => {
    assert(
      cells.length === header.length,
      `${relPath}: line ${i + 2} has ${cells.length} fields, header has ${header.length}`,
    );
    const record = {};
    header.forEach((h, j) => {
      record[h] = cells[j];
    });
    return record;
  });
}

function csvField(value) {
  const s = value === undefined || value === null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function toCsv(header, records, name) {
  const lines = [header.join(',')];
  for (const r of records) {
    for (const key of Object.keys(r)) {
      assert(header.includes(key), `${name}: unexpected column ${key}`);
    }
    lines.push(header.map((h) => csvField(r[h])).join(','));
  }
  const text = lines.join('\n') + '\n';
  assert(text === text.normalize('NFC'), `${name}: output text is not NFC-normalised`);
  return text;
}

const written = [];
function writeOut(relPath, text) {
  const file = path.join(DATA_DIR, relPath);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text, 'utf8');
  written.push({ relPath, rows: text.split('\n').length - 2 });
}

// ---------------------------------------------------------------------------------------------
// Exact decimal arithmetic (BigInt, 12 decimals) for the PAPI sums
// ---------------------------------------------------------------------------------------------

const SCALE = 12;
function dec(s, where) {
  if (!/^\d+(\.\d+)?$/.test(s)) fail(`${where}: '${s}' is not a plain non-negative decimal`);
  const [intPart, frac = ''] = s.split('.');
  if (frac.length > SCALE) fail(`${where}: '${s}' has more than ${SCALE} decimals`);
  return BigInt(intPart + frac.padEnd(SCALE, '0'));
}
function roundDec(v, places) {
  // half-up; all values here are non-negative
  const div = 10n ** BigInt(SCALE - places);
  return ((v + div / 2n) / div) * div;
}
function fmtDec(v, places) {
  const div = 10n ** BigInt(SCALE - places);
  assert(v % div === 0n, 'fmtDec: value not rounded');
  const digits = (v / div).toString().padStart(places + 1, '0');
  return `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}
function isPlainNumber(s) {
  return /^\d+(\.\d+)?$/.test(s);
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

function asciiKebab(s) {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
function uniq(list) {
  return [...new Set(list)];
}
function joinIds(list) {
  return uniq(list.filter(Boolean)).join(';');
}
function charLen(s) {
  return [...s.normalize('NFC')].length;
}

// ---------------------------------------------------------------------------------------------
// Literal table: sources. One row per distinct URL in the converted reference files, plus the
// PAPI dataset, its 2011-2016 twin, general knowledge and three URLs quoted in the READMEs for facts
// that appear in notes. Titles are short descriptive titles reconstructed from URL slugs and the
// reference notes; dates only where a reference note states one.
// ---------------------------------------------------------------------------------------------

const GENERAL_KNOWLEDGE_MARK = 'general knowledge of Resolution 202/2025/QH15 - verify';

const SOURCES = [
  {
    id: 'kinhtetieudung-papi-2022',
    url: 'https://kinhtetieudung.vn/can-tho-trien-khai-nhieu-giai-phap-cai-thien-chi-so-papi-a4003.html',
    title: 'Cần Thơ triển khai nhiều giải pháp cải thiện chỉ số PAPI',
    publisher: 'Kinh tế & Tiêu dùng (kinhtetieudung.vn)',
    date: '',
    note: 'Title reconstructed from the URL slug. Cited in reference-data/papi/README.md for the PAPI 2022 statements about Cần Thơ (55/61; 12th of 13 in the Mekong Delta; 6 of 8 dimensions fell, only transparency and e-governance rose).',
  },
  {
    id: 'papi-ml-mcdm',
    url: 'https://github.com/hnks-gh/ml-mcdm',
    title: 'PAPI provincial panel 2011–2024 (data/csv, commit d165721)',
    publisher: 'GitHub: hnks-gh/ml-mcdm',
    date: '',
    note: 'MIT licence, Copyright (c) 2026 Son Hoang (data/papi/LICENSE-ml-mcdm.txt must travel with the data). Byte-for-byte copy in reference-data/papi/raw. The repository does not name its upstream; its values reproduce published papi.org.vn figures (cross-checks in reference-data/papi/README.md). Also used for province codes P01–P63 and ASCII names (codebook_provinces.csv).',
  },
  {
    id: 'mdtrinh-vietnamdata',
    url: 'https://github.com/mdtrinh/vietnamdata',
    title: 'vietnamdata: PAPI 2011–2016 (data-raw/PAPI/PAPI_2011-2016.xlsx, commit be581b8)',
    publisher: 'GitHub: mdtrinh/vietnamdata',
    date: '',
    note: 'Documentation says it was scraped from papi.org.vn; its 2011–2016 values are identical to papi-ml-mcdm. Used for GSO province codes (tinhid), Vietnamese province names (tentinh_vie) and the pre-2018 PAPI sub-dimension labels (column headers).',
  },
  {
    id: 'general-knowledge',
    url: '',
    title: 'General knowledge (no located source)',
    publisher: '',
    date: '',
    note: 'not from a located source — verify. Used for: province type (centrally-run city), socio-economic regions, the mergers the reference marks as general knowledge of Resolution 202/2025/QH15, the quận/huyện assignment of Cần Thơ districts, and Decision 1294/QĐ-BNV.',
  },
  {
    id: 'cchccantho-giai-phap-par-2018',
    url: 'http://cchccantho.gov.vn/article/giai-phap-nang-cao-chi-so-cai-cach-hanh-chinh-cua-thanh-pho-can-tho-trong-thoi-gian-toi/532.htm',
    title: 'Giải pháp nâng cao chỉ số cải cách hành chính của thành phố Cần Thơ trong thời gian tới',
    publisher: 'Cổng thông tin CCHC TP Cần Thơ (cchccantho.gov.vn)',
    date: '2018-05-29',
    note: 'Article dated 29/05/2018 (reference note). Cần Thơ PAR 2017 score; 2017–2020 provincial field structure (writes 2498/QĐ-BNV, a typo for 2948).',
  },
  {
    id: 'canthogov-en-synchronized-solutions-par',
    url: 'https://www.cantho.gov.vn/wps/portal/home/en/detail/news-and-events/implementing+a+synchronized+approach+with+multiple+solutions+to+enhance+the+public+administration+reform+index',
    title: 'Implementing a synchronized approach with multiple solutions to enhance the public administration reform index',
    publisher: 'Cần Thơ City Portal (cantho.gov.vn, English)',
    date: '',
    note: "Cần Thơ PAR and SIPAS ranks 2021 and 2022.",
  },
  {
    id: 'lforum-transformational-changes-par',
    url: 'http://lforum.biz/news-2.html',
    title: 'Transformational Changes in Administrative Reform',
    publisher: 'lforum.biz',
    date: '2023-12-09',
    note: "Title and date as recorded in the reference note ('Transformational Changes in Administrative Reform' (9/12/2023)).",
  },
  {
    id: 'cchccantho-par-2021-nhom-b',
    url: 'http://cchccantho.gov.vn/cong-bo-chi-so-cai-cach-hanh-chinh-cap-tinh-nam-2021-can-tho-nam-trong-nhom-b',
    title: 'Công bố Chỉ số cải cách hành chính cấp tỉnh năm 2021: Cần Thơ nằm trong nhóm B',
    publisher: 'Cổng thông tin CCHC TP Cần Thơ (cchccantho.gov.vn)',
    date: '',
    note: 'Title as quoted in the reference note.',
  },
  {
    id: 'kh-101-2025-hethongphapluat',
    url: 'https://hethongphapluat.vn/ke-hoach-101-kh-ubnd-d771c03bbcb9fd02f14d31784286f5ae.html',
    title: 'Kế hoạch 101/KH-UBND của UBND TP Cần Thơ: cải thiện và nâng cao PAR INDEX, SIPAS, PAPI, PCI, PGI giai đoạn 2025–2030',
    publisher: 'Hệ thống Pháp luật (hethongphapluat.vn)',
    date: '2025-10-02',
    note: 'Date of the plan (02/10/2025) as stated in the reference notes. 2024 baselines of old Cần Thơ: PAR, SIPAS, PAPI (59/61 with 2 localities not taking part).',
  },
  {
    id: 'vietnamplus-par-2013-mirror',
    url: 'http://ufabetindo.in/da-nang-takes-lead-in-2013-administrative-reform-post65209.vnp',
    title: 'Da Nang takes lead in 2013 administrative reform',
    publisher: 'ufabetindo.in (mirror of VietnamPlus)',
    date: '',
    note: 'Mirror of a VietnamPlus article (reference note); re-check against the original where possible.',
  },
  {
    id: 'nhandan-par-2014',
    url: 'https://en.nhandan.org.vn/society/item/3600302-da-nang-transport-ministry-lead-nation-in-administrative-reform.html',
    title: 'Da Nang, Transport Ministry lead nation in administrative reform',
    publisher: 'Nhân Dân (English edition)',
    date: '',
    note: '',
  },
  {
    id: 'vnexpress-par-2016',
    url: 'https://e.vnexpress.net/news/news/da-nang-tops-administrative-reform-index-for-5th-year-3592786.html',
    title: 'Da Nang tops administrative reform index for 5th year',
    publisher: 'VnExpress International',
    date: '',
    note: '',
  },
  {
    id: 'vietnamplus-par-2016',
    url: 'https://en.vietnamplus.vn/central-bank-da-nang-city-top-par-index-2016/112535.vnp',
    title: 'Central bank, Da Nang city top PAR Index 2016',
    publisher: 'VietnamPlus (English)',
    date: '',
    note: '',
  },
  {
    id: 'vietnamplus-par-2018',
    url: 'https://en.vietnamplus.vn/da-nang-remains-in-top-4-in-administrative-reforms/157078.vnp',
    title: 'Da Nang remains in top 4 in administrative reforms',
    publisher: 'VietnamPlus (English)',
    date: '',
    note: "August 2019 article on PAR 2018 (reference note).",
  },
  {
    id: 'newsgov-par-sipas-2019',
    url: 'http://news.gov.vn/Utilities/PrintView.aspx?ID=40168',
    title: 'PAR Index and SIPAS 2019 results (print view)',
    publisher: 'Government News (news.gov.vn)',
    date: '',
    note: 'The URL has no slug: descriptive title reconstructed from the figures cited.',
  },
  {
    id: 'vietnamplus-par-2021',
    url: 'https://en.vietnamplus.vn/justice-ministry-hai-phong-top-par-index-rankings-2021/229174.vnp',
    title: 'Justice ministry, Hai Phong top PAR Index rankings 2021',
    publisher: 'VietnamPlus (English)',
    date: '',
    note: '',
  },
  {
    id: 'vietnamvn-lo-ninh-binh-par-2023',
    url: 'https://www.vietnam.vn/lo/nam-2023-chi-so-cai-cach-hanh-chinh-cua-ninh-binh-tang-6-bac-so-voi-nam-2022',
    title: 'Năm 2023, chỉ số cải cách hành chính của Ninh Bình tăng 6 bậc so với năm 2022',
    publisher: 'vietnam.vn (Lao-language copy)',
    date: '',
    note: 'Translated copy of a Vietnamese article (title from the Vietnamese slug); re-check against the original where possible.',
  },
  {
    id: 'vietnamvn-nl-quang-ngai-sipas-par-2024',
    url: 'https://www.vietnam.vn/nl/quang-ngai-tut-hang-chi-so-sipas-va-par-index',
    title: 'Quảng Ngãi tụt hạng chỉ số SIPAS và PAR Index',
    publisher: 'vietnam.vn (Dutch-language copy)',
    date: '',
    note: 'Translated copy of a Vietnamese article (title from the Vietnamese slug); re-check against the original where possible.',
  },
  {
    id: 'tothethao-sipas-par-2024',
    url: 'http://tothethao.com/bong-da_en/90-of-people-surveyed-say-officials-do-not-harass-or-hassle-them-ministry-2390317.html',
    title: '90% of people surveyed say officials do not harass or hassle them: ministry',
    publisher: 'tothethao.com',
    date: '',
    note: 'Cited as found; also the only located mention that MoHA approved a new criteria set for PAR 2024.',
  },
  {
    id: 'vietnamplus-par-2012',
    url: 'https://en.vietnamplus.vn/da-nang-tops-nation-in-administrative-reforms/56332.vnp',
    title: 'Da Nang tops nation in administrative reforms',
    publisher: 'VietnamPlus (English)',
    date: '',
    note: 'PAR Index 2012 results.',
  },
  {
    id: 'vietnamplus-quang-ninh-competitiveness',
    url: 'https://en.vietnamplus.vn/quang-ninh-seeks-ways-to-improve-competitiveness/173863.vnp',
    title: 'Quang Ninh seeks ways to improve competitiveness',
    publisher: 'VietnamPlus (English)',
    date: '',
    note: '',
  },
  {
    id: 'vietnamnet-quang-ninh-par-2019',
    url: 'https://vietnamnet.vn/en/politics/quang-ninh-leads-in-par-index-for-third-consecutive-year-646596.html',
    title: 'Quang Ninh leads in PAR Index for third consecutive year',
    publisher: 'VietNamNet (English)',
    date: '',
    note: '',
  },
  {
    id: 'baotayninh-cai-cach-hanh-chinh',
    url: 'https://baotayninh.vn/thoi-su-chinh-tri/cai_cach_hanh_chinh/',
    title: 'Chuyên mục Cải cách hành chính',
    publisher: 'Báo Tây Ninh',
    date: '',
    note: 'Section (category) page, not a single article: re-check the figure.',
  },
  {
    id: 'talkvietnam-par-sipas-2020',
    url: 'https://www.talkvietnam.org/2021/06/quang-ninh-continues-to-top-country-in-public-administration-reform/',
    title: 'Quang Ninh continues to top country in public administration reform',
    publisher: 'Talk Vietnam',
    date: '',
    note: 'PAR Index and SIPAS 2020 results.',
  },
  {
    id: 'baobariavungtau-par-2021',
    url: 'https://baobariavungtau.com.vn/kinh-te/202207/phan-dau-den-nam-2025-br-vt-trong-nhom-co-chi-so-cchc-cao-nhat-nuoc-955613/',
    title: 'Phấn đấu đến năm 2025 BR-VT trong nhóm có chỉ số CCHC cao nhất nước',
    publisher: 'Báo Bà Rịa - Vũng Tàu',
    date: '',
    note: '',
  },
  {
    id: 'baohoabinh-par-2021',
    url: 'http://en.baohoabinh.com.vn/5/7491/Hoa-Binh-clearly-defining-role,-resp111nsibilities-of-each-department,-branch-in-improving-administrative-re102orm-index.htm',
    title: 'Hoa Binh clearly defining role, responsibilities of each department, branch in improving administrative reform index',
    publisher: 'Hòa Bình Newspaper (English edition)',
    date: '',
    note: 'The URL slug contains encoding damage (resp111nsibilities, re102orm); title normalised.',
  },
  {
    id: 'baoquangninh-par-sipas-2022',
    url: 'https://english.baoquangninh.vn/quang-ninh-tops-public-administration-indexes-for-fourth-consecutive-year-3236534.html',
    title: 'Quang Ninh tops public administration indexes for fourth consecutive year',
    publisher: 'Quảng Ninh Newspaper (English edition)',
    date: '',
    note: 'PAR Index and SIPAS 2022 results; states that 2022 was the 6th year of SIPAS.',
  },
  {
    id: 'baonghean-nghe-an-2023-h1',
    url: 'https://baonghean.vn/nghe-an-typical-achievements-in-the-first-half-of-2023-post272462.html',
    title: 'Nghe An: typical achievements in the first half of 2023',
    publisher: 'Nghệ An Newspaper (baonghean.vn)',
    date: '',
    note: '',
  },
  {
    id: 'shipbolt-par-2023',
    url: 'https://shipbolt.vn/blog/2024/04/17/quang-ninh-tops-country-s-public-administrative-reform-index/',
    title: "Quang Ninh tops country's public administrative reform index",
    publisher: 'shipbolt.vn (blog)',
    date: '',
    note: 'Blog copy of a news article; cited as found.',
  },
  {
    id: 'baochinhphu-par-2023',
    url: 'https://en.baochinhphu.vn/moj-quang-ninh-province-lead-public-administrative-reform-index-111240417164329841.htm',
    title: 'MoJ, Quang Ninh province lead public administrative reform index',
    publisher: 'Vietnam Government News (en.baochinhphu.vn)',
    date: '',
    note: '',
  },
  {
    id: 'doanhnghiephoinhap-hai-phong-par-2023',
    url: 'https://en.doanhnghiephoinhap.vn/hai-phong-ranks-2nd-out-of-63-provinces-and-cities-in-the-par-index-with-91-81.html',
    title: 'Hai Phong ranks 2nd out of 63 provinces and cities in the PAR Index with 91.81',
    publisher: 'Doanh nghiệp & Hội nhập (English edition)',
    date: '',
    note: 'Its list of 8 PAR components looks like the pre-2017 structure and is not used (reference README).',
  },
  {
    id: 'infographics-par-2023-regions',
    url: 'https://infographics.vn/chi-so-cai-cach-hanh-chinh-2023-par-index-2023-cua-6-vung-kinh-te-xa-hoi/210954.vna',
    title: 'Chỉ số cải cách hành chính 2023 (PAR Index 2023) của 6 vùng kinh tế - xã hội',
    publisher: 'Infographics.vn (TTXVN)',
    date: '',
    note: '',
  },
  {
    id: 'canthogov-cchc-2021-2025-review',
    url: 'https://www.cantho.gov.vn/wps/portal/!ut/p/z0/bU5Nb8IwDP0r2YFz0gpor50EjA8BYtLEcqnSECVeWVxWB-3nz9lp2nbw88vzi5-llmepo7mDNwQYzZXfr3re1mq7KDbTclevjkvVHFW1Xx_2hTpN5Ubqnwa1rivV7A4vT6fnx0W1LPMGeLvddCO1xUjuk-R5RBomakxdOwI5ZozvLiZmNLQeEAQFcGn8trF0wSjuLH4ky5OE9nfu38P-y7UmUsCJInDR80JHmUdKdkw9a_mm3CNCZ3jGfo5DQcj23pGwmZCxwhrgskEEE4OwARg9sHhB_lOqssgwk0Ovu9nVP3wB3-HMxQ!!',
    title: 'Tổng kết cải cách hành chính TP Cần Thơ giai đoạn 2021–2025',
    publisher: 'Cổng thông tin điện tử TP Cần Thơ (cantho.gov.vn)',
    date: '',
    note: 'The URL has no readable slug: descriptive title reconstructed from the reference notes (review of PAR 2021–2025; SIPAS 2024 result; date of the article not recorded).',
  },
  {
    id: 'vietnamplus-sipas-pilot-2015',
    url: 'https://betaen.vietnamplus.vn/positive-feedback-on-public-administration-services-survey-shows-post90750.vnp',
    title: 'Positive feedback on public administration services, survey shows',
    publisher: 'VietnamPlus (English)',
    date: '',
    note: 'SIPAS 2015 pilot (survey facts only; not converted).',
  },
  {
    id: 'vietnamnet-par-2019-release',
    url: 'https://vietnamnet.vn/en/politics/public-administration-reform-index-2019-to-be-released-on-may-19-641956.html',
    title: 'Public Administration Reform Index 2019 to be released on May 19',
    publisher: 'VietNamNet (English)',
    date: '',
    note: '',
  },
  {
    id: 'vietnamplus-par-sipas-2021',
    url: 'https://en.vietnamplus.vn/public-administration-reform-index-2021-ministry-of-justice-claims-top-spot/229610.vnp',
    title: 'Public Administration Reform Index 2021: Ministry of Justice claims top spot',
    publisher: 'VietnamPlus (English)',
    date: '',
    note: '',
  },
  {
    id: 'vietnamplus-sipas-2023',
    url: 'https://en.vietnamplus.vn/satisfaction-of-administrative-services-improves/284704.vnp',
    title: 'Satisfaction of administrative services improves',
    publisher: 'VietnamPlus (English)',
    date: '',
    note: '',
  },
  {
    id: 'baotintuc-sipas-2023',
    url: 'https://baotintuc.vn/video/sipas-cua-63-dia-phuong-nam-2023-v20240417172100954.htm',
    title: 'SIPAS của 63 địa phương năm 2023',
    publisher: 'Báo Tin tức (TTXVN)',
    date: '',
    note: 'Video page.',
  },
  {
    id: 'laodong-sipas-2024-5-tinh-thap-nhat',
    url: 'https://news.laodong.vn/thoi-su/5-tinh-thap-nhat-ve-chi-so-hai-long-cua-nguoi-dan-voi-co-quan-hanh-chinh-1487593.ldo',
    title: '5 tỉnh thấp nhất về chỉ số hài lòng của người dân với cơ quan hành chính',
    publisher: 'Báo Lao Động',
    date: '',
    note: 'SIPAS 2024 results.',
  },
  {
    id: 'vnanet-sipas-2024',
    url: 'https://vietnam.vnanet.vn/english/tin-van/over-90-of-citizens-report-no-difficulties-from-civil-servants-392158.html',
    title: 'Over 90% of citizens report no difficulties from civil servants',
    publisher: 'Vietnam News Agency (vietnam.vnanet.vn, English)',
    date: '',
    note: 'SIPAS 2024 results and the structure of the 2024 questionnaire.',
  },
  {
    id: 'qd-1823-2018-hethongphapluat',
    url: 'https://hethongphapluat.com/quyet-dinh-1823-qd-ubnd-nam-2018-ve-quy-che-danh-gia-xep-hang-ket-qua-thuc-hien-cong-tac-cai-cach-hanh-chinh-cua-cac-co-quan-don-vi-tren-dia-ban-thanh-pho-can-tho.html',
    title: 'Quyết định 1823/QĐ-UBND năm 2018 về Quy chế đánh giá, xếp hạng kết quả thực hiện công tác cải cách hành chính của các cơ quan, đơn vị trên địa bàn thành phố Cần Thơ',
    publisher: 'Hệ thống Pháp luật (hethongphapluat.com)',
    date: '2018-07-23',
    note: 'Date of the decision (23/07/2018) as stated in the reference README. Cites MoHA Decision 2948/QĐ-BNV (28/12/2017).',
  },
  {
    id: 'thuvienphapluat-tieu-chi-par-cap-bo-2022-2030',
    url: 'https://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/43855/tieu-chi-xac-dinh-chi-so-cchc-cap-bo-giai-doan-2022-2030',
    title: 'Tiêu chí xác định Chỉ số CCHC cấp bộ giai đoạn 2022–2030',
    publisher: 'Thư Viện Pháp Luật (tintuc.thuvienphapluat.com)',
    date: '',
    note: 'Ministerial (not provincial) criteria sets of 1149/QĐ-BNV and 876/QĐ-BNV.',
  },
  {
    id: 'bacninh-qd-876-bnv',
    url: 'https://bacninh.gov.vn/news/-/details/20182/quyet-inh-876-q-bnv-cua-bo-noi-vu-phe-duyet-e-an-xac-inh-chi-so-cai-cach-hanh-chinh-cua-cac-bo-co-quan-ngang-bo-ubnd-tinh-thanh-pho-truc-thuoc-trung-uong-giai-oan-2022-2030-42322197',
    title: 'Quyết định 876/QĐ-BNV của Bộ Nội vụ phê duyệt Đề án Xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, UBND tỉnh, thành phố trực thuộc Trung ương giai đoạn 2022–2030',
    publisher: 'Cổng thông tin điện tử tỉnh Bắc Ninh (bacninh.gov.vn)',
    date: '',
    note: '',
  },
  {
    id: 'baophapluat-par-hai-phuong-phap',
    url: 'https://baophapluat.vn/danh-gia-chi-so-cai-cach-hanh-chinh-qua-hai-phuong-phap-post458794.html',
    title: 'Đánh giá chỉ số cải cách hành chính qua hai phương pháp',
    publisher: 'Báo Pháp luật Việt Nam (baophapluat.vn)',
    date: '',
    note: '',
  },
  {
    id: 'trieuson-gioi-thieu-sipas',
    url: 'https://trieuson.trieuphong.quangtri.gov.vn/chi-tiet-tin/-/view-article/1/1651159528303/1686043937910',
    title: 'Giới thiệu Chỉ số hài lòng SIPAS (Quyết định 2640/QĐ-BNV)',
    publisher: 'Cổng thông tin điện tử xã Triệu Sơn, huyện Triệu Phong, tỉnh Quảng Trị',
    date: '',
    note: 'The URL has no slug: descriptive title reconstructed from the reference notes (the 5 SIPAS elements and 22 criteria).',
  },
  {
    id: 'ductu-gioi-thieu-sipas',
    url: 'https://ductu.donganh.hanoi.gov.vn/en/van-minh-thanh-lich/-/asset_publisher/dnkFvaZhlD20/content/bai-gioi-thieu-ve-chi-so-sipas',
    title: 'Bài giới thiệu về chỉ số SIPAS',
    publisher: 'Cổng thông tin điện tử xã Dục Tú, huyện Đông Anh, Hà Nội',
    date: '',
    note: '',
  },
  {
    id: 'laodong-ket-thuc-52-tinh-thanh-cu',
    url: 'https://news.laodong.vn/thoi-su/thoi-diem-ket-thuc-hoat-dong-bo-may-52-tinh-thanh-cu-1522769.ldo',
    title: 'Thời điểm kết thúc hoạt động bộ máy 52 tỉnh, thành cũ',
    publisher: 'Báo Lao Động',
    date: '',
    note: 'Resolution 202/2025/QH15: 52 units merged into 23, 11 unchanged, 34 provincial-level units from 2025-07-01.',
  },
  {
    id: 'baonghean-de-an-sap-nhap-tinh',
    url: 'https://baonghean.vn/en/chinh-phu-trinh-quoc-hoi-de-an-sap-nhap-tinh-10299398.html',
    title: 'Government submits the provincial merger scheme to the National Assembly',
    publisher: 'Nghệ An Newspaper (baonghean.vn, English edition)',
    date: '',
    note: "English edition; title translated from the Vietnamese slug ('Chính phủ trình Quốc hội đề án sáp nhập tỉnh').",
  },
  {
    id: 'laodong-an-giang-sau-sap-nhap',
    url: 'https://news.laodong.vn/xa-hoi/sau-sap-nhap-an-giang-la-tinh-co-dien-tich-dan-so-lon-nhat-dbscl-1492349.ldo',
    title: 'Sau sáp nhập, An Giang là tỉnh có diện tích, dân số lớn nhất ĐBSCL',
    publisher: 'Báo Lao Động',
    date: '',
    note: 'Decision 759/QĐ-TTg merger scheme for the Mekong Delta and Tây Ninh.',
  },
  {
    id: 'xetoday-nq-1192-can-tho',
    url: 'https://xe.today/?p=280348',
    title: 'Sắp xếp đơn vị hành chính cấp xã của TP Cần Thơ theo Nghị quyết 1192/NQ-UBTVQH15',
    publisher: 'xe.today',
    date: '',
    note: 'The URL has no slug: descriptive title reconstructed from the reference notes (9 district-level units, 80 commune-level units from 2024-11-01).',
  },
  {
    id: 'laodong-ket-thuc-cap-huyen',
    url: 'https://news.laodong.vn/thoi-su/quoc-hoi-thong-qua-sua-doi-hien-phap-ket-thuc-hoat-dong-cap-huyen-tu-ngay-17-1524371.ldo',
    title: 'Quốc hội thông qua sửa đổi Hiến pháp, kết thúc hoạt động cấp huyện từ ngày 1/7',
    publisher: 'Báo Lao Động',
    date: '',
    note: '',
  },
  {
    id: 'laodong-can-tho-gioi-thieu-viec-lam',
    url: 'https://news.laodong.vn/thoi-su/can-tho-gioi-thieu-viec-lam-khu-vuc-tu-cho-mot-so-can-bo-sau-sap-nhap-1497230.ldo',
    title: 'Cần Thơ giới thiệu việc làm khu vực tư cho một số cán bộ sau sáp nhập',
    publisher: 'Báo Lao Động',
    date: '',
    note: '',
  },
  {
    id: 'laodong-du-kien-103-xa-phuong-can-tho',
    url: 'https://news.laodong.vn/thoi-su/du-kien-co-103-xa-phuong-khi-sap-nhap-can-tho-soc-trang-hau-giang-1492775.ldo',
    title: 'Dự kiến có 103 xã, phường khi sáp nhập Cần Thơ, Sóc Trăng, Hậu Giang',
    publisher: 'Báo Lao Động',
    date: '',
    note: '',
  },
  {
    id: 'tuoitre-2013-constitution',
    url: 'https://news.tuoitre.vn/2013-constitution.html',
    title: '2013 Constitution',
    publisher: 'Tuổi Trẻ News (English)',
    date: '',
    note: 'Topic page.',
  },
  {
    id: 'laodong-4-tinh-co-che-dac-thu',
    url: 'https://news.laodong.vn/thoi-su/4-tinh-thanh-pho-duoc-tiep-tuc-ap-dung-mot-so-co-che-chinh-sach-dac-thu-1530563.ldo',
    title: '4 tỉnh, thành phố được tiếp tục áp dụng một số cơ chế, chính sách đặc thù',
    publisher: 'Báo Lao Động',
    date: '',
    note: '',
  },
  {
    id: 'laodong-can-tho-31-phuong-72-xa',
    url: 'https://news.laodong.vn/thoi-su/chi-tiet-31-phuong-va-72-xa-cua-thanh-pho-can-tho-sau-sap-xep-1524690.ldo',
    title: 'Chi tiết 31 phường và 72 xã của thành phố Cần Thơ sau sắp xếp',
    publisher: 'Báo Lao Động',
    date: '',
    note: '',
  },
  {
    id: 'vietnamplus-new-can-tho-mirror',
    url: 'http://www.ufabetindo777.site/new-can-tho-city-positioned-as-regional-economic-engine-na-chairman-post321853.vnp',
    title: 'New Can Tho city positioned as regional economic engine: NA Chairman',
    publisher: 'ufabetindo777.site (mirror of VietnamPlus)',
    date: '',
    note: 'Mirror of a VietnamPlus article (reference note); re-check against the original where possible.',
  },
  {
    id: 'laodong-103-xa-phuong-can-tho-hoat-dong',
    url: 'https://news.laodong.vn/thoi-su/103-xa-phuong-moi-cua-thanh-pho-can-tho-san-sang-di-vao-hoat-dong-tu-17-1532701.ldo',
    title: '103 xã, phường mới của thành phố Cần Thơ sẵn sàng đi vào hoạt động từ 1/7',
    publisher: 'Báo Lao Động',
    date: '',
    note: '',
  },
  {
    id: 'vietnamvn-en-can-tho-kien-toan-bo-may',
    url: 'https://www.vietnam.vn/en/can-tho-tung-buoc-kien-toan-to-chuc-bo-may-nang-cao-hieu-qua-phuc-vu-nhan-dan',
    title: 'Can Tho gradually completes its organisational apparatus to serve the people better',
    publisher: 'vietnam.vn (English edition)',
    date: '',
    note: "English edition; title translated from the Vietnamese slug ('Cần Thơ từng bước kiện toàn tổ chức bộ máy, nâng cao hiệu quả phục vụ nhân dân').",
  },
  {
    id: 'baocantho-can-no-luc-nhieu-hon',
    url: 'https://baocantho.com.vn/can-no-luc-nhieu-hon-a14238.html',
    title: 'Cần nỗ lực nhiều hơn',
    publisher: 'Báo Cần Thơ',
    date: '',
    note: "Cần Thơ's own PAR ranking of its district-level units, 2016 (with 2015 ranks).",
  },
  {
    id: 'cand-papi-2014',
    url: 'http://cand.com.vn/doi-song/Nang-cao-chi-so-hieu-qua-quan-tri-va-hanh-chinh-cong-468247/',
    title: 'Nâng cao chỉ số hiệu quả quản trị và hành chính công',
    publisher: 'Công an Nhân dân (cand.com.vn)',
    date: '',
    note: "Quoted in reference-data/papi/README.md: Cần Thơ PAPI 2014 published as 33.99, 55/63 (the dataset gives 34.224).",
  },
  {
    id: 'vietnamvn-ja-can-tho-papi-workshop',
    url: 'https://www.vietnam.vn/ja/khuyen-nghi-cac-giai-phap-nang-cao-nang-luc-quan-tri-va-hanh-chinh-cong-cua-tp-can-tho',
    title: 'Khuyến nghị các giải pháp nâng cao năng lực quản trị và hành chính công của TP Cần Thơ',
    publisher: 'vietnam.vn (Japanese-language copy)',
    date: '',
    note: "Quoted in reference-data/papi/README.md: a translated report of a city workshop giving Cần Thơ's 2019 PAPI position as 4th (conflicts with the computed 8th).",
  },
  {
    id: 'hethongphapluat-qd-575-2017-bac-ninh',
    url: 'https://hethongphapluat.com/quyet-dinh-575-qd-ubnd-nam-2017-ve-sua-doi-quyet-dinh-751-qd-ubnd-quy-dinh-ve-tieu-chi-va-quy-trinh-danh-gia-chi-so-cai-cach-hanh-chinh-hang-nam-cua-cac-so-ban-nganh-va-uy-ban-nhan-dan-huyen-thi-xa-thanh-pho-tren-dia-ban-tinh.html',
    title: 'Quyết định 575/QĐ-UBND năm 2017 về sửa đổi Quyết định 751/QĐ-UBND quy định về tiêu chí và quy trình đánh giá chỉ số cải cách hành chính hằng năm của các sở, ban, ngành và UBND huyện, thị xã, thành phố trên địa bàn tỉnh (Bắc Ninh)',
    publisher: 'Hệ thống Pháp luật (hethongphapluat.com)',
    date: '',
    note: 'Quoted in the reference README: cites MoHA Decision 4361/QĐ-BNV (28/12/2016); Bắc Ninh decision of 26/10/2017.',
  },
  // Sources of the improvement plans (reference-data/plans.csv), used by convert-plans.mjs.
  {
    id: 'thuvienphapluat-qd-4168-2021',
    url: 'https://m.thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-4168-QD-UBND-2021-Ke-hoach-cai-cach-hanh-chinh-Can-Tho-2021-2025-504471.aspx',
    title: 'Quyết định 4168/QĐ-UBND năm 2021 Kế hoạch cải cách hành chính Cần Thơ 2021–2025',
    publisher: 'Thư viện Pháp luật (thuvienphapluat.vn)',
    date: '2021-12-27',
    note: 'Title reconstructed from the URL slug; date of the decision (27/12/2021) as stated in reference-data/plans.csv.',
  },
  {
    id: 'cchccantho-papi-2024-2025',
    url: 'http://www.cchccantho.gov.vn/can-tho-nang-cao-chi-so-hieu-qua-quan-tri-va-hanh-chinh-cong-papi-giai-doan-2024-2025',
    title: 'Cần Thơ nâng cao Chỉ số Hiệu quả quản trị và hành chính công (PAPI) giai đoạn 2024–2025',
    publisher: 'Cổng thông tin CCHC TP Cần Thơ (cchccantho.gov.vn)',
    date: '',
    note: 'Title reconstructed from the URL slug. Joint PAPI plan 2024–2025 of the city Fatherland Front Committee and People\'s Committee; quotes the target of Decision 4168/QĐ-UBND (PAPI top 15 by 2025).',
  },
  ...SOURCES_2025,
];

const SOURCE_BY_URL = new Map(SOURCES.filter((s) => s.url).map((s) => [s.url, s.id]));
const SOURCE_IDS = new Set(SOURCES.map((s) => s.id));

/** Maps a reference `source_url` cell ("url1 ; url2") to source ids. */
function sourceIdsOf(cell, where) {
  const ids = [];
  for (const raw of cell.split(' ; ')) {
    const url = raw.trim();
    if (url === '') continue;
    if (url === GENERAL_KNOWLEDGE_MARK) {
      ids.push('general-knowledge');
      continue;
    }
    const id = SOURCE_BY_URL.get(url);
    if (!id) fail(`${where}: URL not in the literal SOURCES table: ${url}`);
    ids.push(id);
  }
  assert(ids.length > 0, `${where}: no source`);
  return uniq(ids);
}

// ---------------------------------------------------------------------------------------------
// Literal tables: regions, short names, groups, indices, periods
// ---------------------------------------------------------------------------------------------

const REGIONS = [
  { code: 'R-DBSH', vi: 'Đồng bằng sông Hồng', en: 'Red River Delta', shortVi: 'ĐBSH', shortEn: 'Red River Delta' },
  { code: 'R-TDMNPB', vi: 'Trung du và miền núi phía Bắc', en: 'Northern Midlands and Mountains', shortVi: 'TD&MN phía Bắc', shortEn: 'N. Midlands & Mtns' },
  { code: 'R-BTB', vi: 'Bắc Trung Bộ và duyên hải miền Trung', en: 'North Central and Central Coast', shortVi: 'BTB & DHMT', shortEn: 'N. Central & Coast' },
  { code: 'R-TN', vi: 'Tây Nguyên', en: 'Central Highlands', shortVi: 'Tây Nguyên', shortEn: 'Central Highlands' },
  { code: 'R-DNB', vi: 'Đông Nam Bộ', en: 'Southeast', shortVi: 'Đông Nam Bộ', shortEn: 'Southeast' },
  { code: 'R-DBSCL', vi: 'Đồng bằng sông Cửu Long', en: 'Mekong Delta', shortVi: 'ĐBSCL', shortEn: 'Mekong Delta' },
];
const REGION_BY_VI = new Map(REGIONS.map((r) => [r.vi, r.code]));

/** Short chart names where the full name is longer than 12 characters. */
const PROVINCE_SHORT = {
  P31: { vi: 'TT Huế', en: 'TT Hue' },
  P49: { vi: 'BR-VT', en: 'BR-VT' },
  P50: { vi: 'TP.HCM', en: 'HCMC' },
};
const SHORT_MAX_PROVINCE = 12;
const SHORT_MAX_COMPONENT = 18;

const GROUPS = [
  {
    code: 'central-cities',
    name_vi: 'Thành phố trực thuộc trung ương',
    name_en: 'Centrally-run cities',
    short_vi: 'TP trực thuộc TW',
    short_en: 'Central cities',
    source: 'general-knowledge;laodong-ket-thuc-52-tinh-thanh-cu;baonghean-de-an-sap-nhap-tinh',
    note: 'Membership here is the pre-2025 five (Hà Nội, Hải Phòng, Đà Nẵng, TP. Hồ Chí Minh, Cần Thơ; general knowledge - verify). From 2025 the country has 6 cities per Resolution 202/2025/QH15 (34 provincial-level units: 28 provinces, 6 cities); the post-2025 membership is not recorded here.',
  },
];

const INDICES = [
  {
    code: 'par',
    name_vi: 'Chỉ số cải cách hành chính (PAR Index)',
    name_en: 'Public Administration Reform Index (PAR Index)',
    short_vi: 'PAR Index',
    short_en: 'PAR Index',
    publisher_vi: 'Bộ Nội vụ',
    publisher_en: 'Ministry of Home Affairs',
    unit_level: 'province',
    score_unit: 'percent',
    rank_kind: 'official',
    first_year: '2012',
    source: 'vietnamplus-par-2012',
    note: 'Score = % of the 100-point maximum; official MoHA rank out of 63 provinces (to 2024). The English name is a translation (the abbreviation PAR Index is used by MoHA). Groups A/B/C are shown in notes, thresholds known only for 2021.',
  },
  {
    code: 'sipas',
    name_vi: 'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS)',
    name_en: 'Satisfaction Index of Public Administrative Services (SIPAS)',
    short_vi: 'SIPAS',
    short_en: 'SIPAS',
    publisher_vi: 'Bộ Nội vụ',
    publisher_en: 'Ministry of Home Affairs',
    unit_level: 'province',
    score_unit: 'percent',
    rank_kind: 'official',
    first_year: '2017',
    source: 'baoquangninh-par-sipas-2022;trieuson-gioi-thieu-sipas;ductu-gioi-thieu-sipas',
    note: "Score = % satisfied; official MoHA rank out of 63. First national round 2017 is derived (2022 was the 6th year); the 2015 pilot (10 localities, not Cần Thơ) is excluded. The English name is a translation. NOT the city's own satisfaction surveys.",
  },
  {
    code: 'papi',
    name_vi: 'Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh (PAPI)',
    name_en: 'Provincial Governance and Public Administration Performance Index (PAPI)',
    short_vi: 'PAPI',
    short_en: 'PAPI',
    publisher_vi: 'CECODES, VFF-CRT, RTA, UNDP',
    publisher_en: 'CECODES, VFF-CRT, RTA, UNDP',
    unit_level: 'province',
    score_unit: 'points',
    rank_kind: 'computed',
    first_year: '2011',
    source: 'papi-ml-mcdm',
    note: "PAPI publishes quartile bands, not ranks: every PAPI rank and the mean of provinces are computed by the app and must be labelled 'computed'. Totals are on 6–60 (2011–2017) or 8–80 (from 2018) and must not be compared across the 2018 break.",
  },
  {
    code: 'ct-par',
    name_vi: 'Chỉ số CCHC của các cơ quan, đơn vị TP Cần Thơ',
    name_en: 'Cần Thơ PAR assessment of city agencies and districts',
    short_vi: 'CCHC nội bộ TP',
    short_en: 'City PAR ranking',
    publisher_vi: 'UBND TP Cần Thơ',
    publisher_en: "Cần Thơ City People's Committee",
    unit_level: 'district',
    score_unit: 'points',
    rank_kind: 'official',
    first_year: '2015',
    source: 'baocantho-can-no-luc-nhieu-hon;qd-1823-2018-hethongphapluat',
    note: 'The city ranks its district-level People\'s Committees and its departments (sở) each year (from 2018 under Decision 1823/QĐ-UBND). Names are descriptive labels, not an official title; the English name is a translation. first_year = earliest located fragment (2015 ranks reported in the 2016 article). Only a few district ranks for 2015–2016 are known.',
  },
];

const PERIODS = [
  {
    index: 'par', period: 'par-2012', from_year: '2012', to_year: '2016',
    decision: '1294/QĐ-BNV (unverified)', total_min: '0', total_max: '100', break_before: 'none',
    note_vi: 'Bộ chỉ số cấp tỉnh từ năm 2012. Số quyết định 1294/QĐ-BNV là hiểu biết chung, chưa tìm được nguồn: cần kiểm tra. Quyết định 4361/QĐ-BNV (28/12/2016) về Đề án xác định Chỉ số CCHC cũng được trích dẫn nhưng chưa xác nhận áp dụng cho những năm nào. Chưa biết danh mục lĩnh vực và điểm tối đa cấp tỉnh; chỉ lưu điểm tổng (% của 100 điểm).',
    note_en: 'Provincial index from 2012. Decision number 1294/QĐ-BNV is general knowledge with no located source: verify. Decision 4361/QĐ-BNV (28/12/2016) on the PAR Index project is also cited; the years it governed are not confirmed. Provincial fields and maximum points unknown; only totals (% of 100 points) are stored.',
    source: 'general-knowledge;hethongphapluat-qd-575-2017-bac-ninh',
  },
  {
    index: 'par', period: 'par-2017', from_year: '2017', to_year: '2020',
    decision: '2948/QĐ-BNV (28/12/2017)', total_min: '0', total_max: '100', break_before: 'total',
    note_vi: 'Bộ tiêu chí cấp tỉnh theo Quyết định 2948/QĐ-BNV: 8 lĩnh vực (F1–F8), 38 tiêu chí, 81 tiêu chí thành phần, 100 điểm (một bài viết ghi nhầm 2498/QĐ-BNV). Chưa xác nhận kỳ đánh giá năm 2020 dùng 2948 hay 1149/QĐ-BNV. Chưa có điểm lĩnh vực của Cần Thơ năm nào.',
    note_en: 'Provincial set of Decision 2948/QĐ-BNV: 8 fields (F1–F8), 38 criteria, 81 sub-criteria, 100 points (one article writes 2498/QĐ-BNV, a typo). Whether the 2020 assessment used 2948 or 1149/QĐ-BNV is not confirmed. No field scores of Cần Thơ located for any year.',
    source: 'cchccantho-giai-phap-par-2018;qd-1823-2018-hethongphapluat',
  },
  {
    index: 'par', period: 'par-2021', from_year: '2021', to_year: '2021',
    decision: '1149/QĐ-BNV (30/12/2020)', total_min: '0', total_max: '100', break_before: 'total',
    note_vi: 'Quyết định 1149/QĐ-BNV (30/12/2020), được mô tả là áp dụng cho 2020–2021. Chỉ biết bộ tiêu chí cấp bộ (7 lĩnh vực, 40 tiêu chí, 99 tiêu chí thành phần; điều tra xã hội học 36,5/100 điểm); chưa tìm thấy bộ tiêu chí cấp tỉnh nên không có thành phần.',
    note_en: 'Decision 1149/QĐ-BNV (30/12/2020), described as applying to 2020–2021. Only the ministerial set is known (7 fields, 40 criteria, 99 sub-criteria; sociological survey 36.5 of 100 points); the provincial set was not found, so no components are listed.',
    source: 'thuvienphapluat-tieu-chi-par-cap-bo-2022-2030;bacninh-qd-876-bnv;baophapluat-par-hai-phuong-phap',
  },
  {
    index: 'par', period: 'par-2022', from_year: '2022', to_year: '2023',
    decision: '876/QĐ-BNV (effective 10/11/2022)', total_min: '0', total_max: '100', break_before: 'total',
    note_vi: 'Quyết định 876/QĐ-BNV (hiệu lực 10/11/2022), Đề án giai đoạn 2022–2030, thay thế 1149. Chỉ biết bộ tiêu chí cấp bộ (7 lĩnh vực, 38 tiêu chí, 97 tiêu chí thành phần; điều tra xã hội học 31,5/100 điểm); chưa tìm thấy bộ tiêu chí cấp tỉnh.',
    note_en: 'Decision 876/QĐ-BNV (effective 10/11/2022), project for 2022–2030, replacing 1149. Only the ministerial set is known (7 fields, 38 criteria, 97 sub-criteria; survey 31.5 of 100 points); the provincial set was not found.',
    source: 'thuvienphapluat-tieu-chi-par-cap-bo-2022-2030;bacninh-qd-876-bnv;baophapluat-par-hai-phuong-phap',
  },
  {
    index: 'par', period: 'par-2024', from_year: '2024', to_year: '',
    decision: '', total_min: '0', total_max: '100', break_before: 'total',
    note_vi: 'Bộ Nội vụ phê duyệt bộ tiêu chí mới dùng cho PAR Index 2024; chưa tìm được số quyết định và cấu trúc cấp tỉnh. Kỳ 2024 (công bố năm 2025) dự kiến là kỳ cuối trên bản đồ 63 tỉnh.',
    note_en: 'MoHA approved a new criteria set used for PAR Index 2024; decision number and provincial structure not found. The 2024 edition (published in 2025) is expected to be the last on the 63-province map.',
    source: 'tothethao-sipas-par-2024',
  },
  {
    index: 'sipas', period: 'sipas-2017', from_year: '2017', to_year: '2023',
    decision: '2640/QĐ-BNV (10/10/2017)', total_min: '0', total_max: '100', break_before: 'none',
    note_vi: 'Đề án SIPAS theo Quyết định 2640/QĐ-BNV: 5 yếu tố của quá trình cung ứng dịch vụ (E1–E5), 22 tiêu chí; điểm = % hài lòng. Vòng toàn quốc đầu tiên năm 2017 (suy ra: năm 2022 là năm thứ 6). Vòng thí điểm 2015 (10 địa phương, không có Cần Thơ) không tính.',
    note_en: 'SIPAS project of Decision 2640/QĐ-BNV: 5 elements of the service process (E1–E5), 22 criteria; score = % satisfied. First national round 2017 (derived: 2022 was the 6th year). The 2015 pilot (10 localities, not Cần Thơ) is not included.',
    source: 'trieuson-gioi-thieu-sipas;ductu-gioi-thieu-sipas;baoquangninh-par-sipas-2022',
  },
  {
    index: 'sipas', period: 'sipas-2024', from_year: '2024', to_year: '',
    decision: '', total_min: '0', total_max: '100', break_before: 'subcomponents',
    note_vi: 'Bảng hỏi mới: 42 chỉ số thành phần về nhận thức, đánh giá; 51 về sự hài lòng; 10 về nhu cầu, mong đợi. Sự hài lòng với việc xây dựng, tổ chức thực hiện chính sách và với cung ứng dịch vụ hành chính công được báo cáo riêng. Chưa tìm được số quyết định của phương pháp mới. Bộ Nội vụ vẫn so sánh điểm tổng với năm trước nên chỉ đánh dấu thay đổi ở cấp thành phần.',
    note_en: 'New questionnaire: 42 sub-indices of perception/evaluation, 51 of satisfaction, 10 of needs/expectations; satisfaction with policy-making/implementation and with public administrative service delivery are reported separately. Decision number of the new methodology not found. MoHA itself compares the totals year on year, so only the components are marked as changed.',
    source: 'vnanet-sipas-2024;laodong-sipas-2024-5-tinh-thap-nhat',
  },
  {
    index: 'papi', period: 'papi-2011', from_year: '2011', to_year: '2015',
    decision: '', total_min: '6', total_max: '60', break_before: 'none',
    note_vi: '6 lĩnh vực nội dung, 22 chỉ số nội dung thành phần; điểm tổng = tổng không trọng số của 6 lĩnh vực (thang 6–60). SC21–SC23 và SC32–SC33 có nghĩa khác so với từ năm 2018.',
    note_en: '6 dimensions, 22 sub-dimensions; total = unweighted sum of the 6 dimension scores (range 6–60). SC21–SC23 and SC32–SC33 mean different things than from 2018.',
    source: 'papi-ml-mcdm;mdtrinh-vietnamdata',
  },
  {
    index: 'papi', period: 'papi-2016', from_year: '2016', to_year: '2017',
    decision: '', total_min: '6', total_max: '60', break_before: 'subcomponents',
    note_vi: 'Vẫn 6 lĩnh vực, 22 chỉ số thành phần, nhưng SC32 đổi thành "phản hồi của chính quyền trước hành động của người dân" và SC33 thành "Ban Thanh tra nhân dân". Nhãn năm 2017 chưa được xác nhận từ nguồn thứ hai. Điểm tổng và điểm lĩnh vực so sánh được với 2011–2015.',
    note_en: "Still 6 dimensions and 22 sub-dimensions, but SC32 becomes 'Responsive to citizen actions' and SC33 'People's Inspection Boards'. 2017 labels are not confirmed from a second source. Totals and dimension scores are comparable with 2011–2015.",
    source: 'papi-ml-mcdm;mdtrinh-vietnamdata',
  },
  {
    index: 'papi', period: 'papi-2018', from_year: '2018', to_year: '2018',
    decision: '', total_min: '8', total_max: '80', break_before: 'total',
    note_vi: '8 lĩnh vực (thêm Quản trị môi trường và Quản trị điện tử), thang điểm tổng 8–80, không so sánh trực tiếp với thang 6–60. Công khai, minh bạch có 4 chỉ số thành phần và SC21–SC23 đổi nghĩa (nội dung quy hoạch đất chuyển sang SC24); SC32–SC33 đổi nghĩa. Năm 2018 chưa có SC83 (Quản trị điện tử = SC81 + SC82).',
    note_en: '8 dimensions (adds Environmental governance and E-governance), total range 8–80, not directly comparable with the 6–60 scale. Transparency has 4 sub-dimensions and SC21–SC23 change meaning (the land-use item moves to SC24); SC32–SC33 change meaning. No SC83 in 2018 (E-governance = SC81 + SC82).',
    source: 'papi-ml-mcdm',
  },
  {
    index: 'papi', period: 'papi-2019', from_year: '2019', to_year: '2020',
    decision: '', total_min: '8', total_max: '80', break_before: 'subcomponents',
    note_vi: 'Quản trị điện tử có thêm SC83; điểm tối đa mỗi chỉ số thành phần của lĩnh vực này là 10/3 thay vì 5. 2019 và 2020 là hai năm duy nhất có đủ số liệu của cả 63 tỉnh.',
    note_en: 'E-governance gains SC83; the maximum of each of its sub-dimensions becomes 10/3 instead of 5. 2019 and 2020 are the only years with every province complete.',
    source: 'papi-ml-mcdm',
  },
  {
    index: 'papi', period: 'papi-2021', from_year: '2021', to_year: '',
    decision: '', total_min: '8', total_max: '80', break_before: 'subcomponents',
    note_vi: 'Bỏ SC52 (cấp phép xây dựng); các chỉ số thành phần của Thủ tục hành chính công được quy về tối đa 10/3 (nên SC51, SC53, SC54 có thể lớn hơn 2,5). Kỳ 2024 (công bố năm 2025) dự kiến là kỳ cuối trên bản đồ 63 tỉnh.',
    note_en: 'SC52 (construction permits) dropped; the Public administrative procedures sub-dimensions are rescaled to a maximum of 10/3 (so SC51, SC53, SC54 can exceed 2.5). The 2024 edition (published in 2025) is expected to be the last on the 63-province map.',
    source: 'papi-ml-mcdm',
  },
  {
    index: 'ct-par', period: 'ct-par-2015', from_year: '2015', to_year: '',
    decision: '', total_min: '', total_max: '', break_before: 'none',
    note_vi: 'Đánh giá, xếp hạng CCHC hằng năm của TP Cần Thơ đối với UBND cấp huyện và các sở; từ 2018 theo Quyết định 1823/QĐ-UBND (23/07/2018), dựa trên 2948/QĐ-BNV. Chưa biết cấu trúc, điểm tối đa và điểm của từng đơn vị; chỉ có thứ hạng của một số quận, huyện năm 2015–2016. Cấp huyện chấm dứt từ 01/07/2025 nên chuỗi số liệu quận, huyện dừng muộn nhất ở kỳ đánh giá 2024.',
    note_en: "Cần Thơ's annual PAR assessment and ranking of its district-level People's Committees and departments; from 2018 under Decision 1823/QĐ-UBND (23/07/2018), based on 2948/QĐ-BNV. Structure, maximum points and unit scores unknown; only some district ranks for 2015–2016 are located. The district level ended on 1 July 2025, so a district series runs at most to the 2024 assessment.",
    source: 'baocantho-can-no-luc-nhieu-hon;qd-1823-2018-hethongphapluat',
  },
];

function periodFor(index, year) {
  const y = Number(year);
  const p = PERIODS.find(
    (q) => q.index === index && Number(q.from_year) <= y && (q.to_year === '' || y <= Number(q.to_year)),
  );
  if (!p) fail(`no period of ${index} covers ${year}`);
  return p;
}

// ---------------------------------------------------------------------------------------------
// Literal tables: component labels
// ---------------------------------------------------------------------------------------------

const PAR_FIELDS_EN = {
  F1: { en: 'Direction and management of administrative reform', shortVi: 'Chỉ đạo điều hành', shortEn: 'Direction & mgmt' },
  F2: { en: 'Drafting and implementing legal normative documents in the province', shortVi: 'Văn bản QPPL', shortEn: 'Legal documents' },
  F3: { en: 'Administrative procedure reform', shortVi: 'Thủ tục hành chính', shortEn: 'Admin procedures' },
  F4: { en: 'Reform of the state administrative apparatus', shortVi: 'Tổ chức bộ máy', shortEn: 'Apparatus' },
  F5: { en: 'Building and improving the quality of cadres, civil servants and public employees', shortVi: 'Đội ngũ CBCCVC', shortEn: 'Civil servants' },
  F6: { en: 'Public finance reform', shortVi: 'Tài chính công', shortEn: 'Public finance' },
  F7: { en: 'Modernisation of the administration', shortVi: 'Hiện đại hóa HC', shortEn: 'Modernisation' },
  F8: { en: 'Impact of administrative reform on citizens, organisations and the provincial socio-economic development', shortVi: 'Tác động của CCHC', shortEn: 'Impact' },
};
const PAR_FIELDS_EXPECTED_MAX = ['10', '10', '14.5', '11', '16', '7', '16', '15.5'];

const SIPAS_ELEMENT_SHORT = {
  E1: { shortVi: 'Tiếp cận dịch vụ', shortEn: 'Access' },
  E2: { shortVi: 'Thủ tục hành chính', shortEn: 'Procedures' },
  E3: { shortVi: 'Công chức', shortEn: 'Civil servants' },
  E4: { shortVi: 'Kết quả dịch vụ', shortEn: 'Service results' },
  E5: { shortVi: 'Góp ý, phản ánh', shortEn: 'Feedback handling' },
};
const SIPAS_2024_COMPONENTS = [
  {
    code: 'POLICY',
    breakdown: 'satisfaction with policy-making and implementation',
    name_vi: 'Sự hài lòng đối với việc xây dựng và tổ chức thực hiện chính sách',
    name_en: 'Satisfaction with policy-making and implementation',
    short_vi: 'Chính sách',
    short_en: 'Policy',
  },
  {
    code: 'SERVICE',
    breakdown: 'satisfaction with public administrative service delivery',
    name_vi: 'Sự hài lòng đối với việc cung ứng dịch vụ hành chính công',
    name_en: 'Satisfaction with public administrative service delivery',
    short_vi: 'Cung ứng dịch vụ',
    short_en: 'Service delivery',
  },
  {
    code: 'ACCESS',
    breakdown: 'satisfaction with access to services',
    name_vi: 'Sự hài lòng về tiếp cận dịch vụ',
    name_en: 'Satisfaction with access to services',
    short_vi: 'Tiếp cận dịch vụ',
    short_en: 'Access',
  },
];

const PAPI_DIMENSIONS = {
  D1: { vi: 'Tham gia của người dân ở cấp cơ sở', en: 'Participation at local levels', shortVi: 'Tham gia ở cơ sở', shortEn: 'Participation' },
  D2: { vi: 'Công khai, minh bạch trong việc ra quyết định ở địa phương', en: 'Transparency in local decision-making', shortVi: 'Minh bạch', shortEn: 'Transparency' },
  D3: { vi: 'Trách nhiệm giải trình với người dân', en: 'Vertical accountability', shortVi: 'Giải trình', shortEn: 'Accountability' },
  D4: { vi: 'Kiểm soát tham nhũng trong khu vực công', en: 'Control of corruption in the public sector', shortVi: 'Kiểm soát TN', shortEn: 'Anti-corruption' },
  D5: { vi: 'Thủ tục hành chính công', en: 'Public administrative procedures', shortVi: 'Thủ tục HC công', shortEn: 'Admin procedures' },
  D6: { vi: 'Cung ứng dịch vụ công', en: 'Public service delivery', shortVi: 'Dịch vụ công', shortEn: 'Public services' },
  D7: { vi: 'Quản trị môi trường', en: 'Environmental governance', shortVi: 'Môi trường', shortEn: 'Environment' },
  D8: { vi: 'Quản trị điện tử', en: 'E-governance', shortVi: 'Quản trị điện tử', shortEn: 'E-governance' },
};

// Sub-dimension labels before 2018 (papi/README.md table, from the mdtrinh/vietnamdata headers).
// Vietnamese labels are translations made for this dashboard, not official PAPI labels.
const PAPI_LABELS_2011 = {
  SC11: { en: 'Civic knowledge', vi: 'Tri thức công dân', shortEn: 'Civic knowledge', shortVi: 'Tri thức công dân' },
  SC12: { en: 'Opportunities for participation', vi: 'Cơ hội tham gia', shortEn: 'Participation opps', shortVi: 'Cơ hội tham gia' },
  SC13: { en: 'Quality of elections', vi: 'Chất lượng bầu cử', shortEn: 'Election quality', shortVi: 'Chất lượng bầu cử' },
  SC14: { en: 'Voluntary contributions', vi: 'Đóng góp tự nguyện', shortEn: 'Voluntary contrib.', shortVi: 'Đóng góp tự nguyện' },
  SC21: { en: 'Poverty lists', vi: 'Danh sách hộ nghèo', shortEn: 'Poverty lists', shortVi: 'Danh sách hộ nghèo' },
  SC22: { en: 'Communal budget and expenditure', vi: 'Thu chi ngân sách cấp xã', shortEn: 'Commune budget', shortVi: 'Ngân sách xã' },
  SC23: { en: 'Land-use plans / price frames', vi: 'Quy hoạch, kế hoạch sử dụng đất và khung giá đất', shortEn: 'Land-use plans', shortVi: 'Quy hoạch đất' },
  SC31: { en: 'Interactions with local authorities', vi: 'Tương tác với chính quyền địa phương', shortEn: 'Local interactions', shortVi: 'Tương tác với CQĐP' },
  SC32: { en: "People's Inspection Boards", vi: 'Ban Thanh tra nhân dân', shortEn: 'Inspection Boards', shortVi: 'Ban TTND' },
  SC33: { en: 'Community Investment Supervision Boards', vi: 'Ban Giám sát đầu tư của cộng đồng', shortEn: 'Invest. oversight', shortVi: 'Giám sát đầu tư' },
  SC41: { en: 'Limits on public-sector corruption', vi: 'Kiểm soát tham nhũng trong khu vực công', shortEn: 'Public corruption', shortVi: 'TN khu vực công' },
  SC42: { en: 'Limits on corruption in service delivery', vi: 'Kiểm soát tham nhũng trong cung ứng dịch vụ công', shortEn: 'Service corruption', shortVi: 'TN dịch vụ công' },
  SC43: { en: 'Equity in (state) employment', vi: 'Công bằng trong tuyển dụng vào khu vực nhà nước', shortEn: 'Employment equity', shortVi: 'Công bằng việc làm' },
  SC44: { en: 'Willingness to fight corruption', vi: 'Quyết tâm chống tham nhũng', shortEn: 'Anti-graft will', shortVi: 'Quyết tâm chống TN' },
  SC51: { en: 'Certification procedures', vi: 'Thủ tục chứng thực', shortEn: 'Certification', shortVi: 'Chứng thực' },
  SC52: { en: 'Construction permits', vi: 'Cấp phép xây dựng', shortEn: 'Building permits', shortVi: 'Cấp phép xây dựng' },
  SC53: { en: 'Land-use rights procedures', vi: 'Thủ tục về quyền sử dụng đất', shortEn: 'Land-use rights', shortVi: 'Quyền sử dụng đất' },
  SC54: { en: '(Commune-level) personal procedures', vi: 'Thủ tục hành chính cấp xã cho cá nhân', shortEn: 'Personal procs.', shortVi: 'TT cá nhân cấp xã' },
  SC61: { en: 'Public health', vi: 'Y tế công lập', shortEn: 'Public health', shortVi: 'Y tế công lập' },
  SC62: { en: 'Public primary education', vi: 'Giáo dục tiểu học công lập', shortEn: 'Primary education', shortVi: 'Giáo dục tiểu học' },
  SC63: { en: 'Basic infrastructure', vi: 'Cơ sở hạ tầng căn bản', shortEn: 'Infrastructure', shortVi: 'Hạ tầng căn bản' },
  SC64: { en: 'Law and order', vi: 'An ninh, trật tự', shortEn: 'Law and order', shortVi: 'An ninh trật tự' },
};
const PAPI_LABELS_2016 = {
  ...PAPI_LABELS_2011,
  SC32: { en: 'Responsive to citizen actions', vi: 'Chính quyền phản hồi hành động của người dân', shortEn: 'Responsiveness', shortVi: 'Phản hồi người dân' },
  SC33: { en: "People's Inspection Boards", vi: 'Ban Thanh tra nhân dân', shortEn: 'Inspection Boards', shortVi: 'Ban TTND' },
};
// 2018+: English labels are read from raw/codebook_subcriteria.csv; Vietnamese labels and short
// names below (translations, not official PAPI labels).
const PAPI_LABELS_2018_VI = {
  SC11: { vi: 'Tri thức công dân', shortEn: 'Civic knowledge', shortVi: 'Tri thức công dân' },
  SC12: { vi: 'Cơ hội tham gia bầu cử', shortEn: 'Participation opps', shortVi: 'Cơ hội tham gia' },
  SC13: { vi: 'Chất lượng bầu cử trưởng thôn, tổ trưởng dân phố', shortEn: 'Village head votes', shortVi: 'Bầu cử trưởng thôn' },
  SC14: { vi: 'Đóng góp tự nguyện', shortEn: 'Voluntary contrib.', shortVi: 'Đóng góp tự nguyện' },
  SC21: { vi: 'Tiếp cận thông tin', shortEn: 'Access to info', shortVi: 'Tiếp cận thông tin' },
  SC22: { vi: 'Công khai danh sách hộ nghèo', shortEn: 'Poverty lists', shortVi: 'Danh sách hộ nghèo' },
  SC23: { vi: 'Công khai thu chi ngân sách cấp xã', shortEn: 'Commune budget', shortVi: 'Ngân sách xã' },
  SC24: { vi: 'Công khai quy hoạch, kế hoạch sử dụng đất và khung giá đất', shortEn: 'Land-use plans', shortVi: 'Quy hoạch đất' },
  SC31: { vi: 'Tương tác với chính quyền địa phương', shortEn: 'Local interactions', shortVi: 'Tương tác với CQĐP' },
  SC32: { vi: 'Chính quyền phản hồi kiến nghị của người dân', shortEn: 'Responsiveness', shortVi: 'Phản hồi kiến nghị' },
  SC33: { vi: 'Tiếp cận dịch vụ tư pháp', shortEn: 'Access to justice', shortVi: 'Dịch vụ tư pháp' },
  SC41: { vi: 'Kiểm soát tham nhũng trong chính quyền địa phương', shortEn: 'Local gov. graft', shortVi: 'TN ở chính quyền' },
  SC42: { vi: 'Kiểm soát tham nhũng trong cung ứng dịch vụ công', shortEn: 'Service corruption', shortVi: 'TN dịch vụ công' },
  SC43: { vi: 'Công bằng trong tuyển dụng vào khu vực nhà nước', shortEn: 'Employment equity', shortVi: 'Công bằng việc làm' },
  SC44: { vi: 'Quyết tâm chống tham nhũng', shortEn: 'Anti-graft will', shortVi: 'Quyết tâm chống TN' },
  SC51: { vi: 'Thủ tục chứng thực', shortEn: 'Certification', shortVi: 'Chứng thực' },
  SC52: { vi: 'Cấp phép xây dựng', shortEn: 'Building permits', shortVi: 'Cấp phép xây dựng' },
  SC53: { vi: 'Thủ tục cấp giấy chứng nhận quyền sử dụng đất', shortEn: 'Land titles', shortVi: 'Giấy CN QSDĐ' },
  SC54: { vi: 'Thủ tục hành chính cho cá nhân', shortEn: 'Personal procs.', shortVi: 'Thủ tục cá nhân' },
  SC61: { vi: 'Y tế công lập', shortEn: 'Healthcare', shortVi: 'Y tế công lập' },
  SC62: { vi: 'Giáo dục tiểu học công lập', shortEn: 'Primary education', shortVi: 'Giáo dục tiểu học' },
  SC63: { vi: 'Cơ sở hạ tầng căn bản', shortEn: 'Infrastructure', shortVi: 'Hạ tầng căn bản' },
  SC64: { vi: 'An ninh, trật tự', shortEn: 'Law and order', shortVi: 'An ninh trật tự' },
  SC71: { vi: 'Bảo vệ môi trường', shortEn: 'Env. protection', shortVi: 'Bảo vệ môi trường' },
  SC72: { vi: 'Chất lượng không khí', shortEn: 'Air quality', shortVi: 'Không khí' },
  SC73: { vi: 'Chất lượng nước', shortEn: 'Water quality', shortVi: 'Chất lượng nước' },
  SC81: { vi: 'Tiếp cận cổng thông tin điện tử của chính quyền', shortEn: 'E-gov portals', shortVi: 'Cổng TTĐT' },
  SC82: { vi: 'Tiếp cận Internet', shortEn: 'Internet access', shortVi: 'Tiếp cận Internet' },
  SC83: { vi: 'Tính phản hồi trực tuyến của chính quyền cấp tỉnh', shortEn: 'E-responsiveness', shortVi: 'Phản hồi điện tử' },
};

// Codes whose meaning changes at the start of a period (bold rows of the papi/README.md label table).
const PAPI_MEANING_CHANGES = {
  'papi-2016': ['SC32', 'SC33'],
  'papi-2018': ['SC21', 'SC22', 'SC23', 'SC32', 'SC33'],
};

const range = (prefix, a, b) => Array.from({ length: b - a + 1 }, (_, i) => `${prefix}${a + i}`);
const PAPI_SUBS_6 = {
  D1: range('SC1', 1, 4),
  D2: range('SC2', 1, 3),
  D3: range('SC3', 1, 3),
  D4: range('SC4', 1, 4),
  D5: range('SC5', 1, 4),
  D6: range('SC6', 1, 4),
};
const PAPI_SUBS_2018 = {
  ...PAPI_SUBS_6,
  D2: range('SC2', 1, 4),
  D7: range('SC7', 1, 3),
  D8: range('SC8', 1, 2),
};
const PAPI_SUBS_2019 = { ...PAPI_SUBS_2018, D8: range('SC8', 1, 3) };
const PAPI_SUBS_2021 = { ...PAPI_SUBS_2019, D5: ['SC51', 'SC53', 'SC54'] };
const PAPI_STRUCTURE = {
  'papi-2011': { subs: PAPI_SUBS_6, labels: 'pre2018', labelTable: PAPI_LABELS_2011 },
  'papi-2016': { subs: PAPI_SUBS_6, labels: 'pre2018', labelTable: PAPI_LABELS_2016 },
  'papi-2018': { subs: PAPI_SUBS_2018, labels: 'codebook' },
  'papi-2019': { subs: PAPI_SUBS_2019, labels: 'codebook' },
  'papi-2021': { subs: PAPI_SUBS_2021, labels: 'codebook' },
};

// Notes added to the PAPI total of a province in a year (published figures that conflict).
const PAPI_EXTRA_NOTES = {
  '2014|P59': {
    note: 'Published 33.99 in 2014 coverage (55/63, as first published; cand-papi-2014); the dataset gives the total shown. The mdtrinh/vietnamdata total column is labelled "Un-weighted2015PAPI", which suggests a later re-computation: unverified.',
    sources: ['cand-papi-2014'],
  },
  '2019|P59': {
    note: '2019: one translated report says 4th; computed 8th (vietnamvn-ja-can-tho-papi-workshop). CONFLICT, unresolved.',
    sources: ['vietnamvn-ja-can-tho-papi-workshop'],
  },
};
const PAPI_DID_NOT_TAKE_PART = { 2024: ['P17', 'P52'] };

// Long-format measures converted into year-file rows, and those deliberately not converted.
const NOT_CONVERTED_MEASURES = new Set([
  'score_pct_min', 'change_places', 'change_pts', 'above_national_mean_pts', 'national_mean_change_pts',
  'position', 'direction', 'n_provinces', 'n_provinces_improved', 'n_provinces_declined',
  'group_min_pct', 'group_max_pct_exclusive', 'provincial_min_pct', 'provincial_max_pct',
  'largest_gain', 'largest_rise_pts', 'smallest_rise_pts', 'gap_top_bottom_pts', 'ratio_top_to_bottom',
  'round_number', 'n_localities', 'n_services', 'n_fields', 'n_respondents', 'n_respondents_min',
  'n_districts', 'n_communes',
]);

// ---------------------------------------------------------------------------------------------
// Output headers (the schema)
// ---------------------------------------------------------------------------------------------

const H_UNITS = ['code', 'name_vi', 'name_en', 'short_vi', 'short_en', 'level', 'parent', 'region', 'region_status', 'peer_groups', 'valid_from', 'valid_to', 'successor', 'gso_code', 'source', 'note'];
const H_GROUPS = ['code', 'name_vi', 'name_en', 'short_vi', 'short_en', 'source', 'note'];
const H_SOURCES = ['id', 'title', 'publisher', 'date', 'url', 'note'];
const H_INDICES = ['code', 'name_vi', 'name_en', 'short_vi', 'short_en', 'publisher_vi', 'publisher_en', 'unit_level', 'score_unit', 'rank_kind', 'first_year', 'source', 'note'];
const H_PERIODS = ['index', 'period', 'from_year', 'to_year', 'decision', 'total_min', 'total_max', 'break_before', 'note_vi', 'note_en', 'source'];
const H_COMPONENTS = ['index', 'period', 'code', 'parent', 'order', 'name_vi', 'name_en', 'short_vi', 'short_en', 'max_points', 'source', 'note'];
const H_STATEMENTS = ['index', 'year', 'unit', 'component', 'topic', 'components_up', 'components_down', 'text_vi', 'text_en', 'source', 'note'];

// Published statements about Cần Thơ's results that the dashboard shows beside the data, never instead
// of it (reference-data/papi/README.md, "Other published statements about Cần Thơ's PAPI").
const STATEMENTS = [
  {
    index: 'papi', year: '2022', unit: 'P59', component: 'total', topic: 'components-up-down', components_up: '2', components_down: '6',
    text_vi: 'PAPI 2022: 6/8 lĩnh vực giảm điểm, chỉ Công khai, minh bạch và Quản trị điện tử tăng.',
    text_en: 'PAPI 2022: 6 of 8 dimensions fell; only transparency and e-governance rose.',
    source: 'kinhtetieudung-papi-2022',
    note: 'Consistent with the dimension scores in data/papi/2021.csv and 2022.csv.',
  },
  {
    index: 'papi', year: '2024', unit: 'P59', component: 'total', topic: 'components-up-down', components_up: '3', components_down: '5',
    text_vi: 'Kế hoạch 101/KH-UBND: PAPI 2024 có 3 lĩnh vực tăng điểm, 5 lĩnh vực giảm điểm.',
    text_en: 'Plan 101/KH-UBND: in PAPI 2024, 3 dimensions rose and 5 fell.',
    source: 'kh-101-2025-hethongphapluat',
    note: 'NOT consistent with the bundled dimension scores, which give 4 up (D4, D5, D6, D8) and 4 down (D1, D2, D3, D7): unresolved (reference-data/papi/README.md).',
  },
];

const H_VALUES = ['unit', 'component', 'score', 'rank', 'rank_of', 'status', 'source', 'derivation', 'note'];

// ---------------------------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------------------------

function buildUnits() {
  const provinces = readCsv('provinces.csv');
  const districts = readCsv('can-tho-districts.csv');
  const boundary = readCsv('boundary-changes.csv');
  assert(provinces.length === 63, 'provinces.csv: expected 63 rows');

  const units = [];
  units.push({
    code: 'VN', name_vi: 'Việt Nam', name_en: 'Viet Nam', short_vi: 'Cả nước', short_en: 'National',
    level: 'nation', parent: '', region: '', peer_groups: '', valid_from: '', valid_to: '', successor: '',
    gso_code: '', source: '', note: 'National figures (national means as published by the index owners).',
  });
  for (const r of REGIONS) {
    units.push({
      code: r.code, name_vi: r.vi, name_en: r.en, short_vi: r.shortVi, short_en: r.shortEn,
      level: 'region', parent: 'VN', region: '', peer_groups: '', valid_from: '', valid_to: '', successor: '',
      gso_code: '', source: 'general-knowledge',
      note: `Socio-economic region. Membership of provinces: general knowledge - verify (Mekong Delta = 13 provinces including Long An; Quảng Ninh in the Red River Delta).${r.code === 'R-DBSCL' ? " provinces.csv writes the English name as 'Mekong River Delta'." : ''}`,
    });
  }

  // Boundary-change rows that concern the new Cần Thơ.
  const CAN_THO_INSTRUMENTS = [
    'Decision 759/QĐ-TTg',
    "Cần Thơ City People's Council resolution (approval)",
    'Resolution 202/2025/QH15',
    'Announcement ceremony',
  ];
  const canThoBoundarySources = [];
  for (const instrument of CAN_THO_INSTRUMENTS) {
    const row = boundary.find((b) => b.instrument === instrument);
    assert(row, `boundary-changes.csv: row '${instrument}' not found`);
    canThoBoundarySources.push(...sourceIdsOf(row.source_url, `boundary-changes.csv ${instrument}`));
  }

  const unchangedNames = new Set(provinces.filter((p) => p.merge_status_2025 === 'unchanged').map((p) => p.merged_into_2025));
  const merged = provinces.filter((p) => p.merge_status_2025 === 'merged');
  assert(merged.length === 52, `expected 52 merged provinces, found ${merged.length}`);
  assert(unchangedNames.size === 11, `expected 11 unchanged units, found ${unchangedNames.size}`);
  for (const p of provinces) {
    assert(['merged', 'unchanged'].includes(p.merge_status_2025), `${p.code}: unknown merge_status_2025`);
  }
  for (const p of merged) {
    assert(!unchangedNames.has(p.merged_into_2025), `${p.code}: merged into '${p.merged_into_2025}', which is an unchanged unit`);
  }

  // New units (N25-...): one per distinct merged_into_2025 value of merged provinces.
  const newUnitNames = uniq(merged.map((p) => p.merged_into_2025));
  assert(newUnitNames.length === 23, `expected 23 new units, found ${newUnitNames.length}`);
  const newUnitCode = new Map();
  for (const name of newUnitNames) {
    const namesake = provinces.find((p) => p.name_vi === name);
    newUnitCode.set(name, `N25-${asciiKebab(namesake ? namesake.name_ascii : name)}`);
  }

  const shortOf = (p) => {
    const s = PROVINCE_SHORT[p.code] ?? { vi: p.name_vi, en: p.name_ascii };
    assert(charLen(s.vi) <= SHORT_MAX_PROVINCE && charLen(s.en) <= SHORT_MAX_PROVINCE, `${p.code}: short name longer than ${SHORT_MAX_PROVINCE}`);
    return s;
  };

  for (const p of provinces) {
    assert(/^P\d{2}$/.test(p.code) && /^\d{2}$/.test(p.gso_code), `${p.code}: bad code or gso_code`);
    const region = REGION_BY_VI.get(p.region_vi);
    assert(region, `${p.code}: unknown region '${p.region_vi}'`);
    assert(['city', 'province'].includes(p.type), `${p.code}: unknown type '${p.type}'`);
    const mergerSources = sourceIdsOf(p.merged_into_2025_source, `provinces.csv ${p.code}`);
    const gkMerger = mergerSources.includes('general-knowledge');
    const s = shortOf(p);
    const notes = ['Vietnamese name and GSO code: mdtrinh-vietnamdata; code and English name: papi-ml-mcdm; type (city/province) and region: general knowledge - verify.'];
    if (p.type === 'city') notes.push('Centrally-run city before 2025 (general knowledge - verify).');
    let validTo = '';
    let successor = '';
    const sources = ['papi-ml-mcdm', 'mdtrinh-vietnamdata', 'general-knowledge', ...mergerSources];
    if (p.merge_status_2025 === 'merged') {
      validTo = '2025-06-30';
      successor = newUnitCode.get(p.merged_into_2025);
      const partners = merged
        .filter((q) => q.merged_into_2025 === p.merged_into_2025 && q.code !== p.code)
        .map((q) => `${q.name_vi} (${q.code})`);
      notes.push(
        `From 2025-07-01 part of ${successor} together with ${partners.join(' and ')} (new unit named ${p.merged_into_2025}; Resolution 202/2025/QH15).${gkMerger ? ' Merger: general knowledge of Resolution 202/2025/QH15 - verify.' : ''}`,
      );
    } else if (p.merged_into_2025 !== p.name_vi) {
      notes.push(`One of the 11 units not merged on 2025-07-01; continues as '${p.merged_into_2025}' (listed under that name among the unchanged units) and keeps the code ${p.code}.`);
    } else {
      notes.push('One of the 11 units not merged on 2025-07-01; keeps its code.');
    }
    if (p.code === 'P59') {
      sources.push(...canThoBoundarySources);
      notes.push('Series of the pre-2025 city (GSO 92, PAPI P59); do not join with N25-can-tho in one line.');
    }
    units.push({
      code: p.code, name_vi: p.name_vi, name_en: p.name_ascii, short_vi: s.vi, short_en: s.en,
      level: 'province', parent: 'VN', region, peer_groups: p.type === 'city' ? 'central-cities' : '',
      valid_from: '', valid_to: validTo, successor, gso_code: p.gso_code,
      source: joinIds(sources), note: notes.join(' '),
    });
  }

  const newUnits = newUnitNames.map((name) => {
    const preds = merged.filter((p) => p.merged_into_2025 === name);
    const namesake = provinces.find((p) => p.name_vi === name);
    const regions = uniq(preds.map((p) => REGION_BY_VI.get(p.region_vi)));
    const sources = preds.flatMap((p) => sourceIdsOf(p.merged_into_2025_source, `provinces.csv ${p.code}`));
    const gk = sources.includes('general-knowledge');
    const code = newUnitCode.get(name);
    const baseEn = namesake ? namesake.name_ascii : name;
    const baseShort = namesake ? shortOf(namesake) : { vi: name, en: baseEn };
    const notes = [
      `Provincial-level unit formed on 2025-07-01 from ${preds.map((p) => `${p.name_vi} (${p.code})`).join(', ')} (Resolution 202/2025/QH15); official name '${name}'.`,
      "The suffixes '(từ 2025)', '(from 2025)', '(mới)', '(new)' are dashboard labels, not part of the official name.",
    ];
    if (gk) notes.push('Merger: general knowledge of Resolution 202/2025/QH15 - verify.');
    if (regions.length > 1) notes.push('Region left blank: the predecessors belong to different regions.');
    if (code === 'N25-can-tho') sources.push(...canThoBoundarySources);
    return {
      code, name_vi: `${name} (từ 2025)`, name_en: `${baseEn} (from 2025)`,
      short_vi: `${baseShort.vi} (mới)`, short_en: `${baseShort.en} (new)`,
      level: 'province', parent: 'VN', region: regions.length === 1 ? regions[0] : '', peer_groups: '',
      valid_from: '2025-07-01', valid_to: '', successor: '', gso_code: '',
      source: joinIds(sources), note: notes.join(' '),
    };
  });
  newUnits.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  units.push(...newUnits);

  const districtCode = new Map();
  assert(districts.length === 9, 'can-tho-districts.csv: expected 9 rows');
  for (const d of districts) {
    assert(['quan', 'huyen'].includes(d.type), `${d.name_vi}: unknown type`);
    const code = `CT-${asciiKebab(d.name_ascii)}`;
    districtCode.set(d.name_vi, code);
    const isQuan = d.type === 'quan';
    units.push({
      code,
      name_vi: `${isQuan ? 'Quận' : 'Huyện'} ${d.name_vi}`,
      name_en: `${d.name_ascii} ${isQuan ? 'Urban District' : 'Rural District'}`,
      short_vi: d.name_vi, short_en: d.name_ascii,
      level: 'district', parent: 'P59', region: '', peer_groups: '', valid_from: '', valid_to: d.valid_to,
      successor: '', gso_code: '',
      source: joinIds([...sourceIdsOf(d.source_url, `can-tho-districts.csv ${d.name_vi}`), 'general-knowledge']),
      note: `District-level unit (${d.type_vi}) of Cần Thơ (P59) until ${d.valid_to}. No successor: the district level was abolished nationwide on 2025-07-01 (two-level local government). Quận/huyện assignment: general knowledge - verify. English name is a translation (quận = urban district, huyện = rural district).`,
    });
  }
  for (const u of units) {
    assert(u.valid_to === '' || /^\d{4}-\d{2}-\d{2}$/.test(u.valid_to), `${u.code}: bad valid_to`);
  }
  return { units, districtCode, provinces };
}

// ---------------------------------------------------------------------------------------------
// Components
// ---------------------------------------------------------------------------------------------

function buildComponents() {
  const comps = [];
  const parMethod = readCsv('par-methodology.csv');
  const fields = parMethod.filter((r) => r.level === 'province' && /^\d+$/.test(r.field_no));
  assert(fields.length === 8, 'par-methodology.csv: expected 8 provincial fields');
  fields.forEach((r, i) => {
    const code = `F${r.field_no}`;
    const lab = PAR_FIELDS_EN[code];
    assert(lab, `no English label for ${code}`);
    assert(r.max_points === PAR_FIELDS_EXPECTED_MAX[i], `${code}: max_points ${r.max_points} differs from the expected ${PAR_FIELDS_EXPECTED_MAX[i]}`);
    assert(r.period === '2017-2020', `${code}: unexpected period ${r.period}`);
    comps.push({
      index: 'par', period: 'par-2017', code, parent: '', order: String(i + 1),
      name_vi: r.field_vi, name_en: lab.en, short_vi: lab.shortVi, short_en: lab.shortEn,
      max_points: r.max_points, source: joinIds(sourceIdsOf(r.source_url, `par-methodology.csv ${code}`)),
      note: `${r.criteria} criteria, ${r.sub_criteria} sub-criteria (Decision 2948/QĐ-BNV). Vietnamese name as published (abbreviations as in the source); English name is a translation.`,
    });
  });

  const sipasMethod = readCsv('sipas-methodology.csv');
  const elements = sipasMethod.filter((r) => /^\d+$/.test(r.element_no));
  assert(elements.length === 5, 'sipas-methodology.csv: expected 5 elements');
  const sipasElementByVi = new Map();
  elements.forEach((r, i) => {
    const code = `E${r.element_no}`;
    sipasElementByVi.set(r.element_vi, code);
    comps.push({
      index: 'sipas', period: 'sipas-2017', code, parent: '', order: String(i + 1),
      name_vi: r.element_vi, name_en: r.element_en,
      short_vi: SIPAS_ELEMENT_SHORT[code].shortVi, short_en: SIPAS_ELEMENT_SHORT[code].shortEn,
      max_points: '100', source: joinIds(sourceIdsOf(r.source_url, `sipas-methodology.csv ${code}`)),
      note: 'Element of the service process (Decision 2640/QĐ-BNV); score = % satisfied. Vietnamese name as published; English name as given in the reference data (a translation). Criteria per element not found.',
    });
  });
  SIPAS_2024_COMPONENTS.forEach((c, i) => {
    comps.push({
      index: 'sipas', period: 'sipas-2024', code: c.code, parent: '', order: String(i + 1),
      name_vi: c.name_vi, name_en: c.name_en, short_vi: c.short_vi, short_en: c.short_en,
      max_points: '100', source: 'laodong-sipas-2024-5-tinh-thap-nhat;vnanet-sipas-2024',
      note: 'Component reported for SIPAS 2024 (% satisfied). English name as reported; the Vietnamese name is a translation, not the official label (not located).',
    });
  });

  const codebook = readCsv('papi/raw/codebook_subcriteria.csv');
  const codebookEn = new Map(codebook.map((r) => [r.Variable_Code, r.Variable_Name]));
  let previous = null; // label map of the previous PAPI period
  for (const p of PERIODS.filter((q) => q.index === 'papi')) {
    const st = PAPI_STRUCTURE[p.period];
    assert(st, `no PAPI structure for ${p.period}`);
    const current = new Map();
    Object.keys(st.subs).forEach((dim, di) => {
      const d = PAPI_DIMENSIONS[dim];
      comps.push({
        index: 'papi', period: p.period, code: dim, parent: '', order: String(di + 1),
        name_vi: d.vi, name_en: d.en, short_vi: d.shortVi, short_en: d.shortEn, max_points: '10',
        source: 'papi-ml-mcdm',
        note: `Dimension score (1–10) = sum of its ${st.subs[dim].length} sub-dimensions. Vietnamese name: official PAPI dimension name; English name from the dataset codebook / papi README.`,
      });
      const k = st.subs[dim].length;
      const maxPoints = fmtDec(roundDec((10n * 10n ** BigInt(SCALE)) / BigInt(k), 6), 6).replace(/\.?0+$/, '');
      st.subs[dim].forEach((sc, si) => {
        let en;
        let lab;
        if (st.labels === 'codebook') {
          en = codebookEn.get(sc);
          lab = PAPI_LABELS_2018_VI[sc];
        } else {
          lab = st.labelTable[sc];
          en = lab && lab.en;
        }
        assert(en && lab, `no label for ${sc} in ${p.period}`);
        current.set(sc, en);
        const notes = [
          'Vietnamese label is a translation, not the official PAPI label.',
          st.labels === 'codebook'
            ? 'English label: dataset codebook (raw/codebook_subcriteria.csv).'
            : 'English label: column header of mdtrinh/vietnamdata PAPI_2011-2016.xlsx (via papi/README.md).',
        ];
        const meaningChanged = (PAPI_MEANING_CHANGES[p.period] ?? []).includes(sc);
        if (meaningChanged) {
          assert(previous && previous.has(sc), `${p.period} ${sc}: meaning change without a previous period`);
          notes.push(`Not the same sub-dimension as ${sc} in the previous period ('${previous.get(sc)}'): do not draw a series across periods by code.`);
        } else if (previous && previous.has(sc) && previous.get(sc).toLowerCase() !== en.toLowerCase()) {
          notes.push(`Label wording differs from the previous period ('${previous.get(sc)}'); not marked as a change of meaning in papi/README.md.`);
        }
        comps.push({
          index: 'papi', period: p.period, code: sc, parent: dim, order: String(si + 1),
          name_vi: lab.vi, name_en: en, short_vi: lab.shortVi, short_en: lab.shortEn, max_points: maxPoints,
          source: st.labels === 'codebook' ? 'papi-ml-mcdm' : 'papi-ml-mcdm;mdtrinh-vietnamdata',
          note: notes.join(' '),
        });
      });
    });
    previous = current;
  }

  for (const c of comps) {
    assert(charLen(c.short_vi) <= SHORT_MAX_COMPONENT && charLen(c.short_en) <= SHORT_MAX_COMPONENT, `${c.period} ${c.code}: short name longer than ${SHORT_MAX_COMPONENT}`);
  }
  return { comps, sipasElementByVi };
}

// ---------------------------------------------------------------------------------------------
// PAR Index and SIPAS (long format)
// ---------------------------------------------------------------------------------------------

function convertLong(file, index, ctx) {
  const rows = readCsv(file);
  const groups = new Map(); // key year|unit|component -> collected measures
  const skipped = new Map(); // measure -> count
  const noteOnly = [];
  const yearsSeen = new Set();

  const unitOf = (r, where) => {
    if (r.unit_type === 'national') {
      assert(r.unit === 'national' && r.code === '', `${where}: bad national row`);
      return 'VN';
    }
    if (r.unit_type === 'region') {
      const code = REGION_BY_VI.get(r.unit);
      assert(code, `${where}: unknown region '${r.unit}'`);
      return code;
    }
    assert(r.unit_type === 'province', `${where}: unknown unit_type '${r.unit_type}'`);
    const p = ctx.provinceByCode.get(r.code);
    assert(p && p.name_vi === r.unit, `${where}: unit '${r.unit}' / code '${r.code}' not in provinces.csv`);
    return r.code;
  };

  const componentOf = (r, where) => {
    if (r.breakdown === '') return 'total';
    const period = periodFor(index, r.year).period;
    let code;
    if (period === 'sipas-2017') code = ctx.sipasElementByVi.get(r.breakdown);
    if (period === 'sipas-2024') code = SIPAS_2024_COMPONENTS.find((c) => c.breakdown === r.breakdown)?.code;
    assert(code, `${where}: breakdown '${r.breakdown}' cannot be mapped to a component of ${period}`);
    return code;
  };

  const slot = (year, unit, component) => {
    const key = `${year}|${unit}|${component}`;
    if (!groups.has(key)) {
      groups.set(key, { year, unit, component, score: [], rank: [], rank_of: [], extras: [] });
    }
    return groups.get(key);
  };

  rows.forEach((r, i) => {
    const where = `${file}:${i + 2}`;
    assert(/^\d{4}$/.test(r.year), `${where}: bad year '${r.year}'`);
    assert(['yes', 'no'].includes(r.derived), `${where}: bad derived '${r.derived}'`);
    const item = { value: r.value, derived: r.derived === 'yes', note: r.note, sources: sourceIdsOf(r.source_url, where), measure: r.measure, breakdown: r.breakdown };
    if (NOT_CONVERTED_MEASURES.has(r.measure)) {
      skipped.set(r.measure, (skipped.get(r.measure) ?? 0) + 1);
      return;
    }
    const unit = unitOf(r, where);
    switch (r.measure) {
      case 'score_pct':
      case 'rank':
      case 'rank_of': {
        assert(r.breakdown === '', `${where}: ${r.measure} with a breakdown`);
        assert(unit.startsWith('P'), `${where}: ${r.measure} for a non-province`);
        const re = r.measure === 'score_pct' ? /^\d+(\.\d+)?$/ : /^\d+$/;
        assert(re.test(r.value), `${where}: bad ${r.measure} value '${r.value}'`);
        slot(r.year, unit, 'total')[r.measure === 'score_pct' ? 'score' : r.measure].push(item);
        break;
      }
      case 'national_mean_pct': {
        assert(unit === 'VN', `${where}: national mean for ${unit}`);
        assert(isPlainNumber(r.value), `${where}: bad value '${r.value}'`);
        slot(r.year, unit, componentOf(r, where)).score.push({ ...item, kind: r.breakdown ? 'national mean (component)' : 'national mean' });
        break;
      }
      case 'regional_mean_pct': {
        assert(unit.startsWith('R-') && r.breakdown === '', `${where}: regional mean for ${unit}`);
        assert(isPlainNumber(r.value), `${where}: bad value '${r.value}'`);
        slot(r.year, unit, 'total').score.push({ ...item, kind: 'regional mean' });
        break;
      }
      case 'group':
      case 'rank_in_group':
        noteOnly.push({ year: r.year, unit, item, where });
        break;
      default:
        fail(`${where}: unknown measure '${r.measure}'`);
    }
  });

  // Facts kept only as notes: attach to the matching total row, which must exist.
  for (const n of noteOnly) {
    const g = groups.get(`${n.year}|${n.unit}|total`);
    assert(g, `${n.where}: ${n.item.measure} fact has no row with a number to attach to`);
    g.extras.push(n.item);
  }

  // Build value rows per year.
  const byYear = new Map();
  for (const g of groups.values()) {
    yearsSeen.add(g.year);
    const period = periodFor(index, g.year);
    assert(g.component === 'total' || ctx.componentsByPeriod.get(period.period)?.has(g.component), `${index} ${g.year}: component ${g.component} not in ${period.period}`);
    const distinct = (list) => uniq(list.map((x) => x.value));
    assert(distinct(g.rank).length <= 1 && distinct(g.rank_of).length <= 1, `${index} ${g.year} ${g.unit}: conflicting ranks are not supported`);
    const rank = g.rank[0];
    const rankOf = g.rank_of[0];
    const variants = g.score.length > 0 ? g.score : [null];
    const conflict = variants.length > 1;
    if (conflict) {
      for (const v of variants) assert(/CONFLICT/.test(v.note), `${index} ${g.year} ${g.unit}: several scores without CONFLICT note`);
    }
    for (const score of variants) {
      const derivation = [];
      const notes = [];
      const bySource = [];
      const add = (label, m) => {
        if (!m) return;
        if (m.derived) derivation.push(`${label}: ${m.note}`);
        else if (m.note) notes.push(`${label}: ${m.note}`);
        bySource.push(`${label} ← ${m.sources.join(', ')}`);
      };
      if (score) {
        if (score.kind) notes.push(`${score.kind[0].toUpperCase()}${score.kind.slice(1)} as published${score.breakdown ? ` ('${score.breakdown}')` : ''}.`);
        add('score', score);
      }
      add('rank', rank);
      add('rank_of', rankOf);
      let rankOfValue = rankOf ? rankOf.value : '';
      if (rank && !rankOf) {
        rankOfValue = '63';
        derivation.push('rank_of: all 63 provinces ranked (reference README)');
      }
      for (const x of g.extras) {
        if (x.measure === 'group') {
          notes.push(`PAR group ${x.value}${x.note ? ` (${x.note.replace(/\.$/, '')})` : ''}.`);
        } else {
          notes.push(`Rank in group '${x.breakdown}': ${x.value}${x.note ? ` (${x.note.replace(/\.$/, '')})` : ''}.`);
        }
        bySource.push(`${x.measure} ← ${x.sources.join(', ')}`);
      }
      if (conflict) {
        notes.unshift(`CONFLICT: ${variants.length} published scores disagree (${variants.map((v) => v.value).join(' vs ')}); each is kept with its own source.${rank ? ' The rank is not in conflict and is repeated on each row.' : ''}`);
      }
      const allSources = [score, rank, rankOf, ...g.extras].filter(Boolean).map((m) => m.sources);
      const distinctSets = uniq(allSources.map((s) => s.join(';')));
      if (distinctSets.length > 1) notes.push(`Sources by field: ${bySource.join('; ')}.`);
      const row = {
        unit: g.unit, component: g.component,
        score: score ? score.value : '', rank: rank ? rank.value : '', rank_of: rankOfValue,
        status: conflict ? 'conflict' : 'published',
        source: joinIds(allSources.flat()),
        derivation: derivation.join(' | '),
        note: notes.join(' '),
      };
      if (!byYear.has(g.year)) byYear.set(g.year, []);
      byYear.get(g.year).push(row);
    }
  }
  for (const [year, rows2] of [...byYear.entries()].sort()) {
    const order = ctx.componentOrder(index, year);
    rows2.sort((a, b) => ctx.unitIndex(a.unit) - ctx.unitIndex(b.unit) || order(a.component) - order(b.component));
    writeOut(`${index}/${year}.csv`, toCsv(H_VALUES, rows2, `${index}/${year}.csv`));
  }
  return { skipped, years: [...byYear.keys()].sort() };
}

// ---------------------------------------------------------------------------------------------
// PAPI
// ---------------------------------------------------------------------------------------------

function rangeLabel(codes) {
  const nums = codes.map((c) => Number(c.slice(2)));
  const contiguous = nums.every((n, i) => i === 0 || n === nums[i - 1] + 1);
  if (codes.length === 1) return codes[0];
  return contiguous ? `${codes[0]}–${codes[codes.length - 1]}` : codes.join(', ');
}

function convertPapi(ctx) {
  const results = {}; // year -> { complete, total, dims } (dims and total of P59)
  const provinceCodes = ctx.provinces.map((p) => p.code);
  for (const key of Object.keys(PAPI_EXTRA_NOTES)) {
    assert(provinceCodes.includes(key.split('|')[1]), `PAPI_EXTRA_NOTES: unknown unit in ${key}`);
  }
  for (let year = 2011; year <= 2024; year++) {
    const file = `papi/raw/${year}.csv`;
    const rows = readCsv(file);
    assert(rows.length === 63, `${file}: expected 63 rows`);
    const period = periodFor('papi', year);
    const st = PAPI_STRUCTURE[period.period];
    const dims = Object.keys(st.subs);
    const periodCols = dims.flatMap((d) => st.subs[d]);
    const byProvince = new Map(rows.map((r) => [r.Province, r]));
    assert(
      provinceCodes.every((c) => byProvince.has(c)) && byProvince.size === 63,
      `${file}: provinces differ from provinces.csv`,
    );
    const allCols = Object.keys(rows[0]).filter((c) => c !== 'Province');
    for (const col of allCols) {
      const filled = rows.some((r) => r[col] !== '');
      if (periodCols.includes(col)) assert(filled, `${file}: ${col} is blank for every province but belongs to ${period.period}`);
      else assert(!filled, `${file}: ${col} has values but is not part of ${period.period}`);
    }
    for (const c of periodCols) assert(allCols.includes(c), `${file}: column ${c} missing`);

    const out = [];
    let complete = 0;
    const totalDerivation = `sum of D1–D${dims.length}`;
    for (const code of provinceCodes) {
      const r = byProvince.get(code);
      const present = periodCols.filter((c) => r[c] !== '');
      const extra = PAPI_EXTRA_NOTES[`${year}|${code}`];
      if (present.length === 0) {
        const dntp = (PAPI_DID_NOT_TAKE_PART[year] ?? []).includes(code);
        out.push({
          unit: code, component: 'total', score: '', rank: '', rank_of: '',
          status: dntp ? 'did_not_take_part' : 'not_published',
          source: dntp ? 'papi-ml-mcdm;kh-101-2025-hethongphapluat' : 'papi-ml-mcdm',
          derivation: '',
          note: dntp
            ? "did not take part: no data in the PAPI dataset for this year, and Cần Thơ's 59/61 result was published with 2 localities not taking part (kh-101-2025-hethongphapluat); these are the two provinces blank in the dataset."
            : 'no data in the PAPI dataset for this year',
        });
        assert(!extra, `${year} ${code}: extra note for a blank province`);
        continue;
      }
      const missing = periodCols.filter((c) => r[c] === '');
      if (missing.length === 0) complete++;
      const dimRows = [];
      const dimValues = [];
      const missingDims = [];
      for (const dim of dims) {
        const subs = st.subs[dim];
        const subMissing = subs.filter((c) => r[c] === '');
        const subRows = subs.map((c) =>
          r[c] === ''
            ? { unit: code, component: c, score: '', rank: '', rank_of: '', status: 'not_published', source: 'papi-ml-mcdm', derivation: '', note: 'blank in the PAPI dataset for this province and year' }
            : { unit: code, component: c, score: r[c], rank: '', rank_of: '', status: 'published', source: 'papi-ml-mcdm', derivation: '', note: '' },
        );
        if (subMissing.length > 0) {
          missingDims.push(dim);
          dimRows.push({ unit: code, component: dim, score: '', rank: '', rank_of: '', status: 'not_published', source: 'papi-ml-mcdm', derivation: '', note: `not computable: ${rangeLabel(subMissing)} blank in the PAPI dataset` });
        } else {
          const sum = subs.reduce((acc, c) => acc + dec(r[c], `${file} ${code} ${c}`), 0n);
          const rounded = roundDec(sum, 6);
          dimValues.push(rounded);
          dimRows.push({ unit: code, component: dim, score: fmtDec(rounded, 6), rank: '', rank_of: '', status: 'published', source: 'papi-ml-mcdm', derivation: `sum of ${rangeLabel(subs)}, rounded to 6 decimals`, note: '' });
        }
        dimRows.push(...subRows);
      }
      let totalRow;
      if (missingDims.length > 0) {
        totalRow = {
          unit: code, component: 'total', score: '', rank: '', rank_of: '', status: 'not_published', source: 'papi-ml-mcdm', derivation: '',
          note: `not computable: blank in the PAPI dataset: ${missing.join(', ')} (dimensions ${missingDims.join(', ')})`,
        };
      } else {
        const total = dimValues.reduce((a, b) => a + b, 0n);
        totalRow = { unit: code, component: 'total', score: fmtDec(total, 6), rank: '', rank_of: '', status: 'published', source: 'papi-ml-mcdm', derivation: totalDerivation, note: '' };
      }
      if (extra) {
        totalRow.note = [totalRow.note, extra.note].filter(Boolean).join(' ');
        totalRow.source = joinIds([totalRow.source, ...extra.sources]);
      }
      out.push(totalRow, ...dimRows);
      if (code === 'P59') {
        results[year] = { total: totalRow.score, dims: Object.fromEntries(dimRows.filter((d) => d.component.startsWith('D')).map((d) => [d.component, d.score])) };
      }
    }
    for (const c of PAPI_DID_NOT_TAKE_PART[year] ?? []) {
      assert(periodCols.every((col) => byProvince.get(c)[col] === ''), `${year} ${c}: listed as did_not_take_part but has data`);
    }
    results[year] = { ...results[year], complete };
    writeOut(`papi/${year}.csv`, toCsv(H_VALUES, out, `papi/${year}.csv`));
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Cần Thơ's own PAR ranking of its districts
// ---------------------------------------------------------------------------------------------

function convertCtPar(ctx) {
  const rows = readCsv('district-par-fragments.csv');
  const byYear = new Map();
  const skipped = new Map();
  rows.forEach((r, i) => {
    const where = `district-par-fragments.csv:${i + 2}`;
    if (r.measure !== 'rank') {
      skipped.set(r.measure, (skipped.get(r.measure) ?? 0) + 1);
      return;
    }
    const unit = ctx.districtCode.get(r.unit);
    assert(unit, `${where}: unknown district '${r.unit}'`);
    assert(/^\d+$/.test(r.value) && r.derived === 'no', `${where}: bad rank row`);
    const is2016Statement = /Rank among the 9 district-level units/.test(r.note);
    const row = {
      unit, component: 'total', score: '', rank: r.value, rank_of: '9', status: 'published',
      source: joinIds(sourceIdsOf(r.source_url, where)),
      derivation: is2016Statement ? '' : 'rank_of: 9 district-level units, as stated in the reference for the 2016 ranking',
      note: is2016Statement
        ? `${r.note.replace(/\.$/, '')} (rank_of taken from this statement). Score not published.`
        : `${r.year} rank, not from a ${r.year} publication: ${r.note} Score not published.`,
    };
    if (!byYear.has(r.year)) byYear.set(r.year, []);
    byYear.get(r.year).push(row);
  });
  for (const [year, list] of [...byYear.entries()].sort()) {
    periodFor('ct-par', year);
    list.sort((a, b) => ctx.unitIndex(a.unit) - ctx.unitIndex(b.unit));
    writeOut(`ct-par/${year}.csv`, toCsv(H_VALUES, list, `ct-par/${year}.csv`));
  }
  return { skipped, years: [...byYear.keys()].sort() };
}

// ---------------------------------------------------------------------------------------------
// Self-checks
// ---------------------------------------------------------------------------------------------

function parseExpectedPapi() {
  const text = fs.readFileSync(path.join(REF_DIR, 'papi', 'README.md'), 'utf8');
  const start = text.indexOf('## Expected values for Cần Thơ (P59)');
  assert(start >= 0, 'papi/README.md: "Expected values for Cần Thơ (P59)" section not found');
  const lines = text.slice(start).split('\n');
  const tableLines = [];
  let inTable = false;
  for (const line of lines.slice(1)) {
    if (line.startsWith('|')) {
      inTable = true;
      tableLines.push(line);
    } else if (inTable) break;
  }
  const cells = (l) => l.split('|').slice(1, -1).map((c) => c.trim());
  const header = cells(tableLines[0]);
  const col = (name) => {
    const i = header.indexOf(name);
    assert(i >= 0, `papi/README.md expected-values table: column '${name}' not found`);
    return i;
  };
  const expected = {};
  for (const l of tableLines.slice(2)) {
    const c = cells(l);
    const dims = {};
    for (let d = 1; d <= 8; d++) if (c[col(`D${d}`)] !== '') dims[`D${d}`] = c[col(`D${d}`)];
    expected[c[col('Year')]] = { complete: c[col('n complete')], total: c[col('Total')], dims };
  }
  assert(Object.keys(expected).length === 14, 'papi/README.md: expected 14 years in the expected-values table');
  return expected;
}

function selfCheckPapi(results) {
  const expected = parseExpectedPapi();
  const problems = [];
  const round = (s, places) => fmtDec(roundDec(dec(s, 'check'), places), places);
  for (const [year, e] of Object.entries(expected)) {
    const got = results[year];
    if (!got) {
      problems.push(`${year}: no PAPI output`);
      continue;
    }
    if (String(got.complete) !== e.complete) problems.push(`${year}: n complete ${got.complete}, expected ${e.complete}`);
    if (got.total === '' || round(got.total, 3) !== e.total) problems.push(`${year}: P59 total ${got.total}, expected ${e.total}`);
    const gotDims = Object.keys(got.dims);
    if (gotDims.join() !== Object.keys(e.dims).join()) problems.push(`${year}: P59 dimensions ${gotDims.join()} vs expected ${Object.keys(e.dims).join()}`);
    for (const [d, v] of Object.entries(e.dims)) {
      if (!got.dims[d] || round(got.dims[d], 4) !== v) problems.push(`${year}: P59 ${d} ${got.dims[d]}, expected ${v}`);
    }
  }
  return problems;
}

function selfCheckIntegrity(units, comps) {
  const problems = [];
  const unitCodes = new Set(units.map((u) => u.code));
  const compKeys = new Set(comps.map((c) => `${c.period}|${c.code}`));
  const checkSources = (where, cell) => {
    if (cell === '') return;
    for (const id of cell.split(';')) if (!SOURCE_IDS.has(id)) problems.push(`${where}: unknown source id '${id}'`);
  };
  for (const u of units) {
    checkSources(`units ${u.code}`, u.source);
    for (const ref of [u.parent, u.successor]) if (ref && !unitCodes.has(ref)) problems.push(`units ${u.code}: unknown unit ${ref}`);
  }
  for (const g of GROUPS) checkSources(`groups ${g.code}`, g.source);
  for (const x of INDICES) checkSources(`indices ${x.code}`, x.source);
  for (const p of PERIODS) checkSources(`periods ${p.period}`, p.source);
  for (const c of comps) {
    checkSources(`components ${c.period} ${c.code}`, c.source);
    if (c.parent && !compKeys.has(`${c.period}|${c.parent}`)) problems.push(`components ${c.period} ${c.code}: unknown parent`);
  }
  for (const index of INDICES.map((i) => i.code)) {
    const dir = path.join(DATA_DIR, index);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).filter((n) => /^\d{4}\.csv$/.test(n)).sort()) {
      const year = f.slice(0, 4);
      const period = periodFor(index, year).period;
      const rows = parseCsv(fs.readFileSync(path.join(dir, f), 'utf8'), f);
      const header = rows[0];
      if (header.join(',') !== H_VALUES.join(',')) problems.push(`${index}/${f}: bad header`);
      const seen = new Map();
      for (const cells of rows.slice(1)) {
        const r = Object.fromEntries(header.map((h, i) => [h, cells[i]]));
        const where = `${index}/${f} ${r.unit} ${r.component}`;
        if (!unitCodes.has(r.unit)) problems.push(`${where}: unknown unit`);
        if (r.component !== 'total' && !compKeys.has(`${period}|${r.component}`)) problems.push(`${where}: component not in ${period}`);
        if (!['published', 'not_published', 'did_not_take_part', 'conflict'].includes(r.status)) problems.push(`${where}: bad status`);
        if (r.status !== 'published' && r.status !== 'conflict' && r.score !== '') problems.push(`${where}: score with status ${r.status}`);
        if (r.score !== '' && !isPlainNumber(r.score)) problems.push(`${where}: score '${r.score}' is not a number`);
        for (const k of ['rank', 'rank_of']) if (r[k] !== '' && !/^\d+$/.test(r[k])) problems.push(`${where}: ${k} not an integer`);
        checkSources(where, r.source);
        if (r.source === '') problems.push(`${where}: no source`);
        const key = `${r.unit}|${r.component}`;
        seen.set(key, [...(seen.get(key) ?? []), r.status]);
      }
      for (const [key, statuses] of seen) {
        if (statuses.length > 1 && statuses.some((s) => s !== 'conflict')) problems.push(`${index}/${f} ${key}: duplicate rows not all 'conflict'`);
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

function main() {
  assert(fs.existsSync(path.join(REF_DIR, 'README.md')), `reference data not found at ${REF_DIR}`);

  const built = buildUnits();
  const { districtCode, provinces } = built;
  // Units after 01/07/2025, their lineage and who was assessed (convert-2025-units.mjs).
  const units = units2025(REF_DIR, built.units);
  const lineage = lineage2025(REF_DIR, units);
  const assessments = assessments2025(INDICES);
  const { comps, sipasElementByVi } = buildComponents();

  // Every URL of the converted files must be in the SOURCES table (and vice versa, apart from
  // the extra literal sources).
  const urlFiles = {
    'par-index.csv': 'source_url', 'sipas.csv': 'source_url', 'par-methodology.csv': 'source_url',
    'sipas-methodology.csv': 'source_url', 'provinces.csv': 'merged_into_2025_source',
    'can-tho-districts.csv': 'source_url', 'boundary-changes.csv': 'source_url',
    'district-par-fragments.csv': 'source_url',
  };
  const usedUrls = new Set();
  for (const [f, col] of Object.entries(urlFiles)) {
    readCsv(f).forEach((r, i) => {
      sourceIdsOf(r[col], `${f}:${i + 2}`);
      for (const u of r[col].split(' ; ')) if (u.trim() && u.trim() !== GENERAL_KNOWLEDGE_MARK) usedUrls.add(u.trim());
    });
  }
  const plans = convertPlans({
    readCsv, parseCsv, sourceIdsOf, toCsv, writeOut, fail, dataDir: DATA_DIR, sourceIds: SOURCE_IDS,
    indexCodes: new Set(INDICES.map((x) => x.code)), unitCodes: new Set(units.map((u) => u.code)),
  });
  for (const url of plans.usedUrls) usedUrls.add(url);
  const EXTRA_SOURCE_IDS = new Set(['kinhtetieudung-papi-2022', 'papi-ml-mcdm', 'mdtrinh-vietnamdata', 'general-knowledge', 'cand-papi-2014', 'vietnamvn-ja-can-tho-papi-workshop', 'hethongphapluat-qd-575-2017-bac-ninh', ...SOURCES_2025.map((s) => s.id)]);
  for (const s of SOURCES) {
    if (!EXTRA_SOURCE_IDS.has(s.id)) assert(usedUrls.has(s.url), `SOURCES: ${s.id} URL not found in the converted reference files`);
    assert(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s.id), `SOURCES: id '${s.id}' is not kebab-case`);
    assert(s.date === '' || /^\d{4}-\d{2}-\d{2}$/.test(s.date), `SOURCES: ${s.id} bad date`);
  }
  assert(SOURCE_IDS.size === SOURCES.length, 'SOURCES: duplicate id');
  const december = prepareDecember2026({ readCsv, sourceIds: SOURCE_IDS });
  SOURCES.push(...december.sources);
  for (const s of december.sources) SOURCE_IDS.add(s.id);
  INDICES.push(...december.indices);
  PERIODS.push(...december.periods);
  assessments.push(...december.assessments);

  const unitOrder = new Map(units.map((u, i) => [u.code, i]));
  const compOrderByPeriod = new Map();
  const componentsByPeriod = new Map();
  comps.forEach((c, i) => {
    if (!compOrderByPeriod.has(c.period)) compOrderByPeriod.set(c.period, new Map());
    compOrderByPeriod.get(c.period).set(c.code, i + 1);
    if (!componentsByPeriod.has(c.period)) componentsByPeriod.set(c.period, new Set());
    componentsByPeriod.get(c.period).add(c.code);
  });
  const ctx = {
    provinces,
    provinceByCode: new Map(provinces.map((p) => [p.code, p])),
    districtCode,
    sipasElementByVi,
    componentsByPeriod,
    unitIndex: (code) => {
      assert(unitOrder.has(code), `unknown unit ${code}`);
      return unitOrder.get(code);
    },
    componentOrder: (index, year) => {
      const m = compOrderByPeriod.get(periodFor(index, year).period) ?? new Map();
      return (c) => (c === 'total' ? 0 : m.get(c) ?? fail(`unknown component ${c}`));
    },
  };

  writeOut('sources.csv', toCsv(H_SOURCES, [...SOURCES].sort((a, b) => (a.id < b.id ? -1 : 1)).map(({ id, title, publisher, date, url, note }) => ({ id, title, publisher, date, url, note })), 'sources.csv'));
  writeOut('units.csv', toCsv(H_UNITS, units, 'units.csv'));
  writeOut('groups.csv', toCsv(H_GROUPS, GROUPS, 'groups.csv'));
  writeOut('indices.csv', toCsv(H_INDICES, INDICES, 'indices.csv'));
  writeOut('periods.csv', toCsv(H_PERIODS, PERIODS, 'periods.csv'));
  writeOut('components.csv', toCsv(H_COMPONENTS, comps, 'components.csv'));
  for (const st of STATEMENTS) for (const id of st.source.split(';')) assert(SOURCE_IDS.has(id), `STATEMENTS: unknown source ${id}`);
  writeOut('statements.csv', toCsv(H_STATEMENTS, STATEMENTS, 'statements.csv'));
  writeOut('lineage.csv', toCsv(H_LINEAGE, lineage, 'lineage.csv'));
  writeOut('assessments.csv', toCsv(H_ASSESSMENTS, assessments, 'assessments.csv'));

  const par = convertLong('par-index.csv', 'par', ctx);
  const sipas = convertLong('sipas.csv', 'sipas', ctx);
  const papi = convertPapi(ctx);
  const ctPar = convertCtPar(ctx);
  const decemberResult = applyDecember2026({
    readCsv, parseCsv, toCsv, writeOut, dataDir: DATA_DIR, wasWritten: (relPath) => written.some((w) => w.relPath === relPath),
    valueHeader: H_VALUES, unitIndex: ctx.unitIndex, componentOrder: ctx.componentOrder, sourceIds: SOURCE_IDS,
  });

  const licence = fs.readFileSync(path.join(REF_DIR, 'papi', 'LICENSE-ml-mcdm.txt'));
  fs.mkdirSync(path.join(DATA_DIR, 'papi'), { recursive: true });
  fs.writeFileSync(path.join(DATA_DIR, 'papi', 'LICENSE-ml-mcdm.txt'), licence);

  // Report
  const lines = [];
  lines.push(`Reference data: ${REF_DIR}`);
  lines.push(`Wrote ${written.length} CSV files (+ papi/LICENSE-ml-mcdm.txt):`);
  for (const w of written) lines.push(`  data/${w.relPath}  ${w.rows} rows`);
  const fmtSkipped = (m) => [...m.entries()].sort().map(([k, v]) => `${k} ${v}`).join(', ');
  lines.push(`Not converted (par-index.csv): ${fmtSkipped(par.skipped)}`);
  lines.push(`Not converted (sipas.csv): ${fmtSkipped(sipas.skipped)}`);
  lines.push(`Not converted (district-par-fragments.csv): ${fmtSkipped(ctPar.skipped)}`);

  lines.push(`Not converted (plans.csv): ${plans.notConverted.join('; ')}`);
  lines.push(...decemberResult.report);

  const problems = [
    ...selfCheckPapi(papi), ...selfCheckIntegrity(units, comps), ...plans.problems, ...decemberResult.problems,
    ...check2025(units, lineage, assessments, SOURCE_IDS, new Set(INDICES.map((x) => x.code))),
  ];
  if (problems.length > 0) {
    console.log(lines.join('\n'));
    console.error(`SELF-CHECK FAILED (${problems.length}):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  lines.push('Self-check passed: PAPI expected values for Cần Thơ (P59), provinces with complete data per year, referential integrity (including data/plans).');
  console.log(lines.join('\n'));
}

try {
  main();
} catch (err) {
  if (err instanceof ConversionError) {
    console.error(`convert-reference-data: ${err.message}`);
    process.exit(1);
  }
  throw err;
}
