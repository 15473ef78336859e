import { parseCatalog } from '@/domain/catalog';
import type { CatalogFile } from '@/domain/catalog-files';
import type { Catalog } from '@/domain/types';

/** A small but complete catalogue written inline, for tests of everything that needs one. */
export const TINY_CATALOG_TEXTS: Record<CatalogFile, string> = {
  'units.csv': `code,name_vi,name_en,short_vi,short_en,level,parent,region,peer_groups,valid_from,valid_to,successor,gso_code,source,note
VN,Việt Nam,Viet Nam,Cả nước,National,nation,,,,,,,,s1,
R-DBSCL,Đồng bằng sông Cửu Long,Mekong Delta,ĐBSCL,Mekong,region,VN,,,,,,,s1,
P59,Cần Thơ,Can Tho,Cần Thơ,Can Tho,province,VN,R-DBSCL,central-cities,,2025-06-30,N25-can-tho,92,s1,
P60,Hậu Giang,Hau Giang,Hậu Giang,Hau Giang,province,VN,R-DBSCL,,,2025-06-30,N25-can-tho,93,s1,
P61,Sóc Trăng,Soc Trang,Sóc Trăng,Soc Trang,province,VN,R-DBSCL,,,2025-06-30,N25-can-tho,94,s1,
P01,Hà Nội,Hanoi,Hà Nội,Hanoi,province,VN,,central-cities,,,,01,s1,
N25-can-tho,Cần Thơ (từ 2025),Can Tho (from 2025),Cần Thơ (mới),Can Tho (new),province,VN,,,2025-07-01,,,,s1,
CT-ninh-kieu,Quận Ninh Kiều,Ninh Kieu District,Ninh Kiều,Ninh Kieu,district,P59,,,,2025-06-30,,,s1,
`,
  'groups.csv': `code,name_vi,name_en,short_vi,short_en,source,note
central-cities,Thành phố trực thuộc trung ương,Centrally-run cities,TP trực thuộc TW,Central cities,s1,
`,
  'indices.csv': `code,name_vi,name_en,short_vi,short_en,publisher_vi,publisher_en,unit_level,score_unit,rank_kind,first_year,source,note
par,Chỉ số cải cách hành chính,Public Administration Reform Index,PAR Index,PAR Index,Bộ Nội vụ,Ministry of Home Affairs,province,percent,official,2012,s1,
papi,Chỉ số PAPI,PAPI,PAPI,PAPI,UNDP,UNDP,province,points,computed,2011,s1,
`,
  'periods.csv': `index,period,from_year,to_year,decision,total_min,total_max,break_before,note_vi,note_en,source
par,par-2017,2017,2020,2948/QĐ-BNV,0,100,total,,,s1
par,par-2021,2021,,1149/QĐ-BNV,0,100,total,,,s1
papi,papi-2011,2011,2017,,6,60,none,,,s1
papi,papi-2018,2018,,,8,80,total,,,s1
`,
  'components.csv': `index,period,code,parent,order,name_vi,name_en,short_vi,short_en,max_points,source,note
par,par-2017,F1,,1,Công tác chỉ đạo điều hành CCHC,Steering PAR,Chỉ đạo,Steering,10,s1,
papi,papi-2018,D1,,1,Tham gia của người dân ở cấp cơ sở,Participation,Tham gia,Participation,10,s1,
papi,papi-2018,SC11,D1,1,Tri thức công dân,Civic knowledge,Tri thức,Knowledge,2.5,s1,
`,
  'statements.csv': `index,year,unit,component,topic,components_up,components_down,text_vi,text_en,source,note
papi,2024,P59,total,components-up-down,3,5,3 lĩnh vực tăng,3 dimensions up,s1,
`,
  'assessments.csv': `index,from_year,to_year,level,units_valid_on,source,note
par,2012,,province,12-31,s1,
papi,2011,,province,12-31,s1,
ct-par,2015,2024,district,12-31,s1,
ct-par,2025,,commune,12-31,s1,
`,
  'lineage.csv': `unit,predecessor,predecessor_name,predecessor_gso_code,part,source,note
N25-can-tho,P59,Cần Thơ,92,whole,s1,
N25-can-tho,P60,Hậu Giang,93,whole,s1,
N25-can-tho,P61,Sóc Trăng,94,whole,s1,
`,
  'aggregates.csv': `index,year,unit,level,measure,subject,value,unit_of_value,source,derivation,note
ct-par,2016,P59,district,mean_score,,84.05,points,s1,,
ct-par,2015,P59,district,mean_score,,83.93,points,s1,84.05 - 0.12 = 83.93,
`,
  'sources.csv': `id,title,publisher,date,url,note
s1,Kế hoạch 101/KH-UBND,UBND TP Cần Thơ,2025-10-02,https://example.org/kh-101,
s2,Second source,Publisher,,https://example.org/2,
`,
};

export function tinyCatalog(): Catalog {
  const { catalog, issues } = parseCatalog(TINY_CATALOG_TEXTS);
  if (!catalog) throw new Error(`tiny catalogue is invalid: ${JSON.stringify(issues)}`);
  return catalog;
}
