import type { QuartileBand } from '@/domain/quartile-bands';
import type { PlanKind, TaskStatus } from '@/domain/plans-types';
import type { TargetOutcome } from '@/domain/plans-evaluate';

/** Messages of the Kế hoạch (plans) view, and of plans shown on the trend chart and the components view. */
export const plansVi = {
  heading: 'Kế hoạch cải thiện các chỉ số',
  intro: 'Mục tiêu của từng chỉ số so với kết quả mới nhất, các kế hoạch và nhiệm vụ của các cơ quan.',
  kinds: { plan: 'Kế hoạch', 'joint-plan': 'Kế hoạch phối hợp', regulation: 'Quy chế', conference: 'Hội nghị' } satisfies Record<PlanKind, string>,
  /** How an instrument is named: its number, or its kind and date when it has none. */
  unnumbered: (kind: string, date: string) => `${kind} ngày ${date}`,
  dated: (date: string) => `ngày ${date}`,
  issuedBy: 'Cơ quan ban hành',
  period: 'Giai đoạn',
  periodFrom: (from: number) => `từ ${from}`,
  indices: 'Chỉ số',
  notTracked: (names: string) => `; ngoài ra ${names} (bảng điều khiển chưa theo dõi)`,
  targetCount: (n: number) => (n === 0 ? 'chưa có mục tiêu định lượng' : `${n} mục tiêu`),
  taskCount: (n: number, overdue: number) => (n === 0 ? 'chưa có nhiệm vụ' : `${n} nhiệm vụ${overdue > 0 ? `, ${overdue} quá hạn` : ''}`),
  listTitle: 'Các kế hoạch và văn bản',
  back: '← Tất cả kế hoạch',
  code: (code: string) => `Mã dùng trong các tệp CSV: ${code}`,
  summaryTitle: 'Nội dung (theo nguồn)',
  chooseAgency: 'Xem nhiệm vụ của một cơ quan',
  allAgencies: '— Tất cả cơ quan —',

  glanceTitle: 'Mục tiêu và kết quả mới nhất',
  targetsTitle: 'Mục tiêu',
  goal: {
    'rank-at-most': (rank: string) => `top ${rank}`,
    'score-at-least': (score: string) => `điểm ≥ ${score}`,
    group: (band: string) => `nhóm ${band}`,
    'top-in-group': (position: string, group: string) => `top ${position} ${group}`,
  },
  goalInYear: (goal: string, year: number) => `${goal} năm ${year}`,
  headline: (index: string, goal: string, actual?: string) => `${index}: mục tiêu ${goal}${actual ? ` — ${actual}` : ''}`,
  bands: { best: 'cao nhất', 'high-average': 'trung bình cao', 'low-average': 'trung bình thấp', poorest: 'thấp nhất' } satisfies Record<QuartileBand, string>,
  computed: 'tính toán',
  outcomes: { met: 'Đạt', 'not-met': 'Chưa đạt', 'not-yet': 'Chưa đo được', 'no-data': 'Chưa có số liệu', 'not-measurable': 'Không đo được' } satisfies Record<TargetOutcome, string>,
  notYet: (year: number) => `chưa có kết quả năm ${year}`,
  noData: (year: number) => `năm ${year} chưa có kết quả này của đơn vị`,
  onLatest: (met: boolean, year: number) => `${met ? 'đạt' : 'chưa đạt'} theo số liệu ${year}`,
  noLatest: 'chưa có kết quả nào để so sánh',
  notMeasurable: 'Nhóm chỉ tính được cho PAPI (tứ phân vị, tính toán); nhóm của chỉ số này do cơ quan công bố và chưa có trong dữ liệu.',
  unitChange: (year: number, unit: string, count: number, latest: string, latestUnit: string) =>
    `Từ năm ${year}, Cần Thơ là đơn vị mới (${unit}), xếp hạng cùng ${count} tỉnh, thành: mục tiêu năm ${year} sẽ được đo trên kết quả của đơn vị mới, không so trực tiếp với ${latest} của ${latestUnit}.`,
  setWhen: (date: string, count: number) => `Mục tiêu đặt ngày ${date}, khi cả nước có ${count} tỉnh, thành.`,
  noTargets: 'Nguồn công khai chưa cho biết mục tiêu định lượng của văn bản này; bảng điều khiển không tự đặt mục tiêu.',
  noTargetsAtAll: 'Chưa có mục tiêu nào trong data/plans/targets.csv.',

  baselineCaption: (year: number) => `Mốc xuất phát: kết quả năm ${year} của các đơn vị hợp thành (theo số liệu của bảng điều khiển)`,
  baselineUnit: 'Đơn vị',
  score: 'Điểm',
  rank: 'Hạng',
  gap: 'chưa có số liệu',

  tasksTitle: 'Nhiệm vụ',
  groupBy: 'Nhóm theo',
  groupings: { agency: 'cơ quan chủ trì', component: 'thành phần chỉ số', status: 'trạng thái' } satisfies Record<'agency' | 'component' | 'status', string>,
  statuses: { overdue: 'Quá hạn', in_progress: 'Đang thực hiện', not_started: 'Chưa thực hiện', done: 'Hoàn thành' } satisfies Record<TaskStatus, string>,
  storedAs: (status: string) => `trạng thái đã ghi: ${status}`,
  daysLate: (n: number) => `trễ ${n} ngày`,
  taskColumns: { task: 'Nhiệm vụ', plan: 'Kế hoạch', responsible: 'Chủ trì', cooperating: 'Phối hợp', deadline: 'Thời hạn', components: 'Thành phần', status: 'Trạng thái', updated: 'Cập nhật' },
  groupCaption: (group: string, n: number) => `${group}: ${n} nhiệm vụ`,
  wholeIndex: (index: string) => `${index} (cả chỉ số)`,
  noIndex: 'Không gắn với chỉ số',
  tasksSummary: (n: number, overdue: number, inProgress: number, notStarted: number, done: number) =>
    `${n} nhiệm vụ: ${overdue} quá hạn, ${inProgress} đang thực hiện, ${notStarted} chưa thực hiện, ${done} hoàn thành.`,
  asOf: (date: string) => `Quá hạn tính theo ngày ${date}: đã qua thời hạn mà chưa hoàn thành, dù trạng thái ghi thế nào.`,
  noTasks: 'Chưa có nhiệm vụ nào của văn bản này trong data/plans/tasks.csv.',
  noTasksAtAll: 'Chưa có nhiệm vụ nào trong data/plans/tasks.csv: nguồn công khai không nêu danh sách nhiệm vụ, và bảng điều khiển không tự đặt ra.',
  lateTitle: 'Nhiệm vụ theo cơ quan chủ trì',
  lateCaption: 'Số nhiệm vụ của từng cơ quan chủ trì, cơ quan có nhiệm vụ quá hạn trước',
  lateColumns: { agency: 'Cơ quan', total: 'Tổng', overdue: 'Quá hạn', open: 'Chưa xong', done: 'Hoàn thành' },

  agencyHeading: (agency: string) => `Nhiệm vụ của ${agency}`,
  agencyIntro: 'Mọi nhiệm vụ cơ quan này chủ trì hoặc phối hợp, trong tất cả các kế hoạch.',
  noAgencyTasks: 'Cơ quan này chưa có nhiệm vụ nào trong data/plans/tasks.csv.',
  unknownAgency: (code: string) => `Không có cơ quan mã "${code}" trong data/plans/agencies.csv.`,
  unknownPlan: (code: string) => `Không có kế hoạch mã "${code}" trong data/plans/plans.csv.`,

  howToTitle: 'Cách nhập mục tiêu và nhiệm vụ',
  howTo: [
    'Bảng điều khiển không tự đặt ra mục tiêu hay nhiệm vụ: chỉ hiển thị những gì có nguồn hoặc do cán bộ nhập.',
    'Mục tiêu: thêm một dòng vào data/plans/targets.csv (kế hoạch, chỉ số, thành phần hoặc total, đơn vị, loại mục tiêu rank-at-most / score-at-least / group / top-in-group, giá trị, năm mục tiêu, nguồn).',
    'Nhiệm vụ: thêm một dòng vào data/plans/tasks.csv (mã nhiệm vụ, mã kế hoạch, nội dung, mã cơ quan chủ trì và phối hợp theo data/plans/agencies.csv, thời hạn yyyy-mm-dd, chỉ số, mã thành phần, trạng thái not_started / in_progress / done, ngày cập nhật).',
    'Rồi build lại ứng dụng. Mẫu và mã hợp lệ: data/README.md, mục "Kế hoạch".',
  ],

  chart: {
    planMarker: 'Ngày ban hành kế hoạch',
    targetBand: 'Vùng mục tiêu',
    markerNote: (n: number, date: string, name: string) => `(${n}) ${date}: ${name}`,
    targetNote: (goal: string, name: string) => `Vùng tô màu: mục tiêu ${goal} (${name}).`,
    otherMeasure: (goal: string, name: string, measure: string) => `Mục tiêu ${goal} (${name}): chọn hiển thị "${measure}" để xem trên biểu đồ.`,
    newUnit: (year: number, unit: string, count: number) => `Mục tiêu năm ${year} đo trên ${unit}, xếp hạng cùng ${count} tỉnh, thành.`,
  },
  componentTasks: {
    title: 'Nhiệm vụ nhắm vào các thành phần này',
    none: 'Chưa có nhiệm vụ nào nhắm vào các thành phần này trong data/plans/tasks.csv (xem trang Kế hoạch).',
    count: (n: number) => `${n} nhiệm vụ`,
    via: (code: string) => `qua ${code}`,
  },
};
