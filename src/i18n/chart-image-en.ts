import type { chartImageVi } from './chart-image-vi';

export const chartImageEn = {
  group: 'Save the chart as an image',
  pngWide: 'PNG 16:9 (1920×1080)',
  pngStandard: 'PNG 4:3 (1024×768)',
  moreNotes: (n: number) => `And ${n} more notes shown with the chart on the page.`,
  svg: 'Download SVG image',
  svgWhole: 'Download SVG image (whole list)',
  copy: 'Copy image',
  working: 'Making the image…',
  saved: 'Image ready.',
  copied: 'Image copied to the clipboard.',
  copyUnavailable: 'This browser does not allow copying images: use a PNG download.',
  failed: 'The image could not be made. Try again, or use the data table.',
  fileSuffix: 'chart',
} satisfies typeof chartImageVi;
