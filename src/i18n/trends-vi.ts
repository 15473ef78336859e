/** Messages of the Xu hướng (trends) view. */
export const trendsVi = {
  title: 'Xu hướng',
};
