import CSL from 'citeproc';
import { readFileSync } from 'node:fs';
const locale = JSON.parse(readFileSync('node_modules/@citation-js/plugin-csl/lib/locales.json','utf8'));
const S=['apa','chicago-notes-bibliography','modern-language-association'];
const items=new Map();
const mk=(i)=>({ id: 'art-'+i, type: 'article-newspaper', title: 'ASEAN-Japan cooperation should be highly improved', 'container-title': 'Ministry of Industry and Trade of Viet Nam', issued: {'date-parts':[[2020,10,15]]}, archive: 'ASEAN–Japan Dialogue Archive', URL: 'https://example.org/articles/x/' });
for (let i=0;i<3000;i++) items.set('art-'+i, mk(i));
for (const s of S){
  const engine=new CSL.Engine({retrieveLocale:(l)=>locale['en-US'], retrieveItem:(id)=>items.get(id)}, readFileSync(`src/lib/csl/${s}.csl`,'utf8'), 'en-US', true);
  engine.setOutputFormat('text');
  let t=performance.now();
  let out;
  for (let i=0;i<1000;i++){ engine.updateItems(['art-'+i], true); out=engine.makeBibliography()[1][0]; }
  console.log(s,'updateItems+makeBibliography ms',(performance.now()-t)/1000, out);
  t=performance.now();
  for (let i=1000;i<2000;i++){ out=engine.makeCitationCluster([{id:'art-'+i}]); }
  console.log(s,'makeCitationCluster ms',(performance.now()-t)/1000, out);
}
