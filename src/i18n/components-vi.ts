/** Joins clauses with "; " into one sentence with a capital and a full stop. */
export function sentence(clauses: (string | undefined)[]): string {
  const text = clauses.filter(Boolean).join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** The nouns for the components of an index: [top level, sub-level]. */
type Nouns = [string, string];

/** Messages of the Thành phần (components) view. */
export const componentsVi = {
  title: 'Thành phần',
  heading: (index: string, year: number, unit: string) => `Thành phần ${index} ${year}: ${unit}`,
  intro: 'Mỗi thành phần so với trung bình cả nước và của nhóm chọn so sánh, với thang điểm và với tỉnh dẫn đầu; thành phần nào làm tổng điểm thay đổi; hai năm bất kỳ so với nhau.',
  controls: 'Tùy chọn',
  index: 'Chỉ số',
  year: 'Năm',
  unit: 'Đơn vị',
  group: 'So sánh với nhóm',
  /** Nouns staff use for the components of each index: [top level, sub-level]. */
  nouns: {
    papi: ['chỉ số nội dung', 'chỉ số nội dung thành phần'],
    par: ['lĩnh vực', 'tiêu chí'],
    sipas: ['yếu tố', 'tiêu chí'],
  } satisfies Record<string, Nouns>,
  noun: ['thành phần', 'thành phần con'] satisfies Nouns,
  summaryTitle: 'Tóm tắt',
  copy: 'Sao chép tóm tắt',
  copied: 'Đã sao chép',
  summaryTotal: (index: string, unit: string, year: number, score: string, change?: string, previousYear?: number) =>
    `Năm ${year}, ${index} của ${unit} đạt ${score}${change ? ` (${change} so với ${previousYear})` : ''}.`,
  summaryParent: (name: string, year: number, score: string) => `Năm ${year}, ${name} đạt ${score}.`,
  summaryCount: (up: number, n: number, down: number, noun: string) => `${up}/${n} ${noun} tăng điểm, ${down} giảm.`,
  summaryMoves: (rise?: string, fall?: string) => sentence([rise && `tăng mạnh nhất: ${rise}`, fall && `giảm mạnh nhất: ${fall}`]),
  summaryWeakest: (items: string, computed: boolean) => `Thấp hơn ${computed ? 'trung bình các tỉnh (tính toán)' : 'trung bình cả nước'} nhiều nhất: ${items}.`,
  gapOf: (name: string, gap: string) => `${name} (${gap})`,
  tableCaption: (parent: string) => `Các thành phần của ${parent}, xếp theo cột đã chọn`,
  columns: {
    name: 'Thành phần',
    score: 'Điểm',
    max: 'Tối đa',
    mean: 'So với TB cả nước',
    /** The mean column where the mean is computed from the provinces (PAPI): another measure than a published national mean. */
    provincesMean: 'So với TB các tỉnh',
    group: (group: string) => `So với TB ${group}`,
    pct: '% thang điểm',
    lost: 'Điểm mất',
    best: 'So với tỉnh dẫn đầu',
    change: 'Thay đổi',
  },
  changeSince: (year: number) => `so với ${year}`,
  /** Marks a column of computed means, as the other views do. */
  computedMark: (label: string) => `${label} (tính toán)`,
  sortAscending: 'tăng dần',
  sortDescending: 'giảm dần',
  drill: (n: number, noun: string) => `Xem ${n} ${noun}`,
  total: 'Tổng điểm',
  totalInSentence: 'tổng điểm',
  back: 'Quay lại tổng điểm',
  rangeNote: '% thang điểm = (điểm − tối thiểu) / (tối đa − tối thiểu). Mỗi lĩnh vực PAPI chấm từ 1 đến 10, nên điểm 1 là 0%.',
  meanComputed: 'Trung bình các tỉnh (PAPI dùng thay trung bình cả nước), trung bình của nhóm so sánh và tỉnh dẫn đầu là số tính toán từ các tỉnh có đủ dữ liệu năm đó; không dùng trung bình toàn quốc PAPI công bố, vốn chỉ có cho tổng điểm ở vài năm.',
  driversTitle: (name: string, from: number, to: number, change: string) => `Đóng góp vào thay đổi của ${name}, ${from}→${to}: ${change}`,
  driversAxis: 'Thay đổi (điểm)',
  noPrevious: (year: number) => `Không so sánh được với năm ${year}: chưa có số liệu hoặc phương pháp khác.`,
  statementTitle: 'Số liệu đã công bố',
  statementAgrees: 'Khớp với số liệu.',
  statementDisagrees: (up: number, down: number) => `Khác với số liệu: điểm từng thành phần cho ${up} tăng, ${down} giảm. Bảng điều khiển hiển thị theo số liệu.`,
  heatYears: (unit: string, from: string, to: string) => `${unit}: % điểm tối đa qua các năm ${from}–${to}`,
  heatUnits: (group: string, year: number) => `${group}: % điểm tối đa năm ${year}`,
  heatNote: 'Màu càng đậm càng gần điểm tối đa; ô trống là chưa có số liệu. Chỉ gồm các năm cùng phương pháp.',
  noComponentsPeriod: (index: string, year: number) =>
    `${index} năm ${year}: chưa có cấu trúc thành phần (tên và điểm tối đa) của giai đoạn này trong data/components.csv, nên không phân tích được theo thành phần.`,
  noScores: (index: string, unit: string, year: number) =>
    `Chưa có điểm từng thành phần ${index} của ${unit} năm ${year}: không tìm được nguồn công bố. Khi có, nhập các dòng với cột component là mã thành phần ở trang Dữ liệu.`,
  heatName: 'ban-do-nhiet',
  compare: {
    title: (from: number, to: number) => `So sánh hai năm: ${from} và ${to}`,
    from: 'Từ năm',
    to: 'Đến năm',
    caption: (parent: string, from: number, to: number) => `${parent}: điểm ${from} và ${to}, giảm nhiều nhất trước`,
    score: (year: number) => `Điểm ${year}`,
    change: (from: number, to: number) => `Thay đổi ${from} → ${to}`,
    methodBreak: (index: string, year: number, from: number, to: number) => `${index} đổi phương pháp năm ${year}: không so sánh được ${from} với ${to}.`,
    subcomponentsBreak: (index: string, year: number, noun: string, from: number, to: number) =>
      `${index} đổi các ${noun} năm ${year}: không so sánh được ${from} với ${to} ở cấp này.`,
    none: (unit: string) => `Chỉ có một năm có điểm từng thành phần của ${unit}: chưa có năm khác để so sánh.`,
    fileName: 'so-sanh-hai-nam',
  },
  codesCaption: 'Mã thành phần và điểm tối đa của giai đoạn này, để nhập số liệu',
  code: 'Mã',
  noFigures: 'Chưa có số liệu nào cho chỉ số này.',
};

/** The nouns staff use for the components of the index, or the general ones for another index. */
export function componentNouns(t: typeof componentsVi, index: string): Nouns {
  return new Map<string, Nouns>(Object.entries(t.nouns)).get(index) ?? t.noun;
}
