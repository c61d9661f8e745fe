import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LastYearResolver, type LastYearFiles } from '../../server/src/lastYear/resolveLastYear';
import { LAST_YEAR_PATH, resolveFor, thisYearText } from './helpers';

/** An in-memory folder tree: path → text. */
function memoryFiles(files: Record<string, string>): LastYearFiles & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    read(path, maxBytes) {
      reads.push(path);
      const text = files[path];
      return text === undefined ? undefined : maxBytes === undefined ? text : text.slice(0, maxBytes);
    },
    list(folder) {
      const prefix = folder.endsWith('/') ? folder : `${folder}/`;
      const names = new Map<string, boolean>();
      for (const path of Object.keys(files)) {
        if (!path.startsWith(prefix)) continue;
        const [head, ...rest] = path.slice(prefix.length).split('/');
        names.set(head!, rest.length > 0 || names.get(head!) === true);
      }
      return names.size === 0 ? undefined : [...names].map(([name, isFolder]) => ({ name, folder: isFolder }));
    },
  };
}

const header = (unit: string, year: number, kind = '部门预算', extra = ''): string =>
  `---\n单位: ${unit}\n年度: ${year}\n类型: ${kind}\n金额单位: 万元\n${extra}---\n\n正文。\n`;

test('without 上年文档, the same 单位 of the year before is found in a sibling folder', () => {
  const files = memoryFiles({
    '/ws/2023/甲单位.disclosure': header('甲单位', 2023),
    '/ws/2022/甲单位.disclosure': header('甲单位', 2022),
    '/ws/2022/乙单位.disclosure': header('乙单位', 2022),
    '/ws/2021/甲单位.disclosure': header('甲单位', 2021),
    '/ws/2022/甲单位决算.disclosure': header('甲单位', 2022, '部门决算'),
  });
  const source = new LastYearResolver(files).resolve({ text: header('甲单位', 2023), documentPath: '/ws/2023/甲单位.disclosure', searchRoots: ['/ws'] });
  assert.equal(source?.status, 'found');
  assert.ok(source?.status === 'found' && source.uri.endsWith('/ws/2022/%E7%94%B2%E5%8D%95%E4%BD%8D.disclosure'));
  assert.equal(source?.status === 'found' && source.via, 'search');
  assert.equal(source?.status === 'found' && source.shownPath, '../2022/甲单位.disclosure');
});

test('the search finds nothing for another 单位, another kind, or two equally near candidates', () => {
  const none = memoryFiles({ '/ws/2022/乙单位.disclosure': header('乙单位', 2022), '/ws/2022/甲决算.disclosure': header('甲单位', 2022, '单位决算') });
  assert.equal(new LastYearResolver(none).resolve({ text: header('甲单位', 2023), documentPath: '/ws/2023/甲单位.disclosure', searchRoots: ['/ws'] }), undefined);
  const tie = memoryFiles({ '/ws/a/甲.disclosure': header('甲单位', 2022), '/ws/b/甲.disclosure': header('甲单位', 2022) });
  assert.equal(new LastYearResolver(tie).resolve({ text: header('甲单位', 2023), documentPath: '/ws/2023/甲单位.disclosure', searchRoots: ['/ws'] }), undefined);
});

test('the key wins over the search, relative to the document\'s folder; an unreadable key is reported, not searched around', () => {
  const files = memoryFiles({ '/ws/old/上年.disclosure': header('甲单位', 2022), '/ws/2022/甲单位.disclosure': header('甲单位', 2022) });
  const resolver = new LastYearResolver(files);
  const keyed = resolver.resolve({ text: header('甲单位', 2023, '部门预算', '上年文档: ../old/上年.disclosure\n'), documentPath: '/ws/2023/甲.disclosure', searchRoots: ['/ws'] });
  assert.ok(keyed?.status === 'found' && keyed.uri.endsWith('/ws/old/%E4%B8%8A%E5%B9%B4.disclosure'));
  const missing = resolver.resolve({ text: header('甲单位', 2023, '部门预算', '上年文档: 不存在.disclosure\n'), documentPath: '/ws/2023/甲.disclosure', searchRoots: ['/ws'] });
  assert.deepEqual(missing, { status: 'unreadable', shownPath: '不存在.disclosure', reason: '文件不存在或无法读取' });
  const unsaved = resolver.resolve({ text: header('甲单位', 2023, '部门预算', '上年文档: 上年.disclosure\n') });
  assert.equal(unsaved?.status, 'unreadable');
});

test('headers read during a search are cached until invalidate()', () => {
  const files = memoryFiles({ '/ws/2022/甲.disclosure': header('甲单位', 2022) });
  const resolver = new LastYearResolver(files);
  const request = { text: header('甲单位', 2023), documentPath: '/ws/2023/甲.disclosure', searchRoots: ['/ws'] };
  resolver.resolve(request);
  const first = files.reads.length;
  resolver.resolve(request);
  assert.equal(files.reads.length, first + 1); // only the found file's full text again
  resolver.invalidate();
  resolver.resolve(request);
  assert.ok(files.reads.length > first + 2);
});

test('on disk: the fixture pair resolves through the key, and through the search when the key is removed', () => {
  const text = thisYearText();
  const keyed = resolveFor(text);
  assert.equal(keyed?.status === 'found' && keyed.via, 'metadata');
  const searched = resolveFor(text.replace(/^上年文档:.*\n/m, ''));
  assert.equal(searched?.status === 'found' && searched.via, 'search');
  assert.ok(searched?.status === 'found' && decodeURIComponent(searched.uri).endsWith(LAST_YEAR_PATH));
});

test('documents without a header, or unsaved without the key, have no last year', () => {
  const files = memoryFiles({});
  assert.equal(new LastYearResolver(files).resolve({ text: '正文而已' }), undefined);
  assert.equal(new LastYearResolver(files).resolve({ text: header('甲单位', 2023) }), undefined);
});
