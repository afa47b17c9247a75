import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { readFileSync } from 'node:fs';
const config = plugins.config.get('@csl');
const S=['apa','chicago-notes-bibliography','modern-language-association'];
for (const s of S) config.styles.add(s, readFileSync(`src/lib/csl/${s}.csl`,'utf8'));
const base={ id:'a', type: 'article-newspaper', 'container-title': 'Viet Nam News', archive: 'ASEAN–Japan Dialogue Archive', URL: 'https://h.test/articles/a/', language:'en' };
const cases=[
 {title:'<span class="nocase">Is it over? Talks end</span>', issued:{'date-parts':[[2020,10,15]]}},
 {title:'<span class="nocase">[Ministers meet online]</span>', issued:{'date-parts':[[2021,8]]}},
 {title:'<span class="nocase">Talks end.</span>', issued:{'date-parts':[[2021]]}},
 {title:'<span class="nocase">Japan “welcomes” the “plan”</span>', issued:{'date-parts':[[2021,5,2]]}},
 {title:'<span class="nocase">Vietnam, Japan hold talks!</span>', issued:{'date-parts':[[2021,9,30]]}},
];
for (const c of cases) for (const s of S) console.log(s.slice(0,4), new Cite({...base,...c}).format('bibliography',{format:'text',template:s,lang:'en-US'}).trim());
