// Small hand-made upstream files for the derive tests; expected results are computed by hand in each test.
import { readCsv } from '../../../src/lib/io/datasets.ts';

export const routes = readCsv('data/routes.csv', 'routes').map((r) => r.value);

export const frontexText = [
  'month,route,type,nat,n',
  '2016-01,Central Mediterranean Route,Sea,NGA,10',
  '2016-01,Central Mediterranean Route,Sea,ERI,5',
  '2016-03,Central Mediterranean Route,Land,XXX,2',
  '2016-02,Eastern Mediterranean Route,Sea,SYR,7',
  '2016-02,Black Sea Route,Sea,SYR,3',
].join('\n');

const EXTRACT_HEADER =
  'Main ID,Incident ID,Incident Type,incident_date_clean,No. dead,No. missing,No. dead/missing,No. survivors,Cause of death (category),Route,Country of Incident,Location of death,Link,Source Quality,Latitude,Longitude';

export const extractText = [
  EXTRACT_HEADER,
  'M1,M1,Incident,2016-05-01,3,2,5,10,Drowning,Central Mediterranean,Libya,"Off Zuwara, Libya",https://s/1,4,33.1,12.1',
  'M2,M2,Incident,2016-06-01,NA,4,4,NA,Drowning,"Central Mediterranean,Sahara Desert crossing",Libya,Somewhere,https://s/2,3,32.0,13.0',
  'M3,M3,Incident,2017-01-01,1,0,1,NA,Vehicle accident,Mainland Europe to the UK,France,Calais,https://s/3,4,50.9,1.8',
  'M4,"M4a,M4b",Split Incident,2017-02-02,2,0,2,NA,Violence,Türkiye-Europe land route,Greece,Evros,https://s/4,4,41.5,26.3',
  'M5,M5,Incident,2017-03-03,6,0,6,NA,Harsh conditions,Sahara Desert crossing,Niger,Near Séguédine,https://s/5,2,20.2,12.9',
].join('\n');

const RAW_HEADER =
  '"Main ID","Incident ID",Region,"Incident Date",Year,"Number Dead","Minimum Estimated Number of Missing","Number of Survivors","Cause of Death","Location of death",Coordinates,"Migration route",URL,"Source Quality"';

export const rawText = [
  RAW_HEADER,
  // M1 unchanged
  'M1,M1,Mediterranean,"Sun, 05/01/2016 - 12:00",2016,3,2,10,Drowning,"Off Zuwara, Libya","33.1, 12.1","Central Mediterranean",https://s/1,4',
  // M4 renumbered into two parts with the same total
  'M4,M4c,Europe,"Thu, 02/02/2017 - 12:00",2017,1,0,,Violence,"Evros, Greece","41.5, 26.3","Türkiye-Europe land route",https://s/4,4',
  'M4,M4d,Europe,"Thu, 02/02/2017 - 12:00",2017,1,0,,Violence,"Evros, Greece","41.5, 26.3","Türkiye-Europe land route",https://s/4,4',
  // a new event in Libya; country read from the location
  'M6,M6,Mediterranean,"Fri, 01/05/2018 - 12:00",2018,0,7,,Drowning,"Off Tajoura, Libya","32.9, 13.4","Central Mediterranean",https://s/6,3',
  // not Europe-bound: excluded
  'M7,M7,Central America,"Fri, 01/05/2018 - 12:00",2018,1,0,,Vehicle accident,"Oaxaca, Mexico","18.1, -96.0","US-Mexico border crossing",https://s/7,1',
  // Europe-bound route but outside the area
  'M8,M8,Mediterranean,"Fri, 01/05/2018 - 12:00",2018,1,0,,Drowning,"Far away","5.0, 10.0","Central Mediterranean",https://s/8,1',
].join('\n');
