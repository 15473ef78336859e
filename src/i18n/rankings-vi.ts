/** Messages of the Xếp hạng (rankings) view. */
export const rankingsVi = {
  title: 'Xếp hạng',
};
