import type { chartImageVi } from './chart-image-vi';

export const chartImageEn = {
  group: 'Save the chart as an image',
  png: 'Download PNG image',
  svg: 'Download SVG image',
  copy: 'Copy image',
  working: 'Making the image…',
  saved: 'Image ready.',
  copied: 'Image copied to the clipboard.',
  copyUnavailable: 'This browser does not allow copying images: use “Download PNG image”.',
  failed: 'The image could not be made. Try again, or use the data table.',
  fileSuffix: 'chart',
} satisfies typeof chartImageVi;
