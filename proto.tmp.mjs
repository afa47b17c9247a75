import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import { readFileSync } from 'node:fs';
const config = plugins.config.get('@csl');
const S=['apa','chicago-notes-bibliography','modern-language-association'];
for (const s of S) config.styles.add(s, readFileSync(`src/lib/csl/${s}.csl`,'utf8'));
const mk=(i)=>({ id: 'art-'+i, 'citation-key':'art-'+i, type: 'article-newspaper', title: '<span class="nocase">ASEAN-Japan cooperation should be highly improved</span>', 'container-title': 'Ministry of Industry and Trade of Viet Nam', issued: {'date-parts':[[2020,10,15]]}, archive: 'ASEAN–Japan Dialogue Archive', URL: 'https://example.org/articles/x/', language:'en' });
const c0=new Cite([mk(1), {...mk(2), title:'[ASEAN and Japan foreign ministers meet online]', issued:{'date-parts':[[2021,8]]}}]);
for (const s of S) console.log(s, '=>', c0.format('bibliography', {format:'text', template: s, lang:'en-US'}));
console.log(c0.format('bibtex'));
let t=performance.now();
for (let i=0;i<1000;i++){ const c=new Cite(mk(i)); }
console.log('Cite ctor ms', (performance.now()-t)/1000);
const c=new Cite(mk(0));
for (const s of S){ t=performance.now(); for (let i=0;i<1000;i++) c.format('bibliography',{format:'text',template:s,lang:'en-US'}); console.log(s,'ms', (performance.now()-t)/1000); }
t=performance.now(); for (let i=0;i<1000;i++) c.format('bibtex'); console.log('bibtex ms', (performance.now()-t)/1000);
const all=new Cite(Array.from({length:10000},(_,i)=>mk(i)));
for (const s of S){ t=performance.now(); const out=all.format('bibliography',{format:'html',template:s,lang:'en-US'}); console.log('batch 10000',s,'s', (performance.now()-t)/1000, out.length); }
