import { describe, expect, it } from 'vitest';
import { isPageLine, isReusedPageLine, seconds } from '../../src/build/build-log.ts';

describe('isPageLine', () => {
  it('recognises Astro’s line per written file, with or without colours', () => {
    expect(isPageLine('21:24:21   ├─ /topics/vaccines/index.html (+2ms) ')).toBe(true);
    expect(isPageLine('21:24:21   └─ /index.html (+7ms)')).toBe(true);
    expect(isPageLine('\x1b[2m21:24:21\x1b[22m   \x1b[34m├─\x1b[39m \x1b[2m/rss.xml\x1b[22m (+3ms)')).toBe(true);
  });

  it('tells a file reused from the last build from one rendered again', () => {
    expect(isReusedPageLine('00:55:23   ├─ /archive/2020/index.html (restored)')).toBe(true);
    expect(isReusedPageLine('\x1b[2m00:55:23\x1b[22m   ├─ /rss.xml \x1b[32m(cached)\x1b[39m')).toBe(true);
    expect(isReusedPageLine('00:55:23   ├─ /404.html (+34ms) ')).toBe(false);
    expect(isReusedPageLine('00:55:23 [build] (restored)')).toBe(false);
  });

  it('keeps every other line: phases, counts, warnings and errors', () => {
    expect(isPageLine('21:24:21 [build] 54 page(s) built in 4.19s')).toBe(false);
    expect(isPageLine(' generating static routes ')).toBe(false);
    expect(isPageLine('21:24:21 [WARN] [content] something ├─ odd')).toBe(false);
    expect(isPageLine('[InvalidContentEntryDataError] articles → x data does not match collection schema.')).toBe(false);
  });
});

describe('seconds', () => {
  it('reads as a person would say it', () => {
    expect(seconds(850)).toBe('850 ms');
    expect(seconds(12_345)).toBe('12.3 s');
    expect(seconds(236_000)).toBe('3 min 56 s');
  });
});
