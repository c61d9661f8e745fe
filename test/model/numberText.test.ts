import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeNumberChars, parseNumber } from '../../server/src/numeric/numberText';

function read(text: string): string | undefined {
  const parsed = parseNumber(text);
  if (!parsed) return undefined;
  return `${parsed.value.isNegative() ? '-' : '+'}${parsed.value.abs().toFixed(parsed.decimals)} d${parsed.decimals}${parsed.grouped ? ' grouped' : ''}${parsed.percent ? ' %' : ''}`;
}

test('figures as tables print them: grouping, decimals, signs, accounting parentheses, percentages', () => {
  assert.equal(read('1,234.50'), '+1234.50 d2 grouped');
  assert.equal(read('1234.50'), '+1234.50 d2');
  assert.equal(read('0.00'), '+0.00 d2');
  assert.equal(read('-0.5'), '-0.5 d1');
  assert.equal(read('+12'), '+12 d0');
  assert.equal(read('(3.00)'), '-3.00 d2');
  assert.equal(read('( 7 )'), '-7 d0');
  assert.equal(read('(-5)'), '+5 d0');
  assert.equal(read('12,345,678.9%'), '+12345678.9 d1 grouped %');
  assert.equal(read(' 42 '), '+42 d0');
  assert.equal(read('007'), '+7 d0');
});

test('full-width digits and punctuation, and other minus signs, read as their ASCII forms', () => {
  assert.equal(read('１，２３４．５'), '+1234.5 d1 grouped');
  assert.equal(read('（３）'), '-3 d0');
  assert.equal(read('－１２．５％'), '-12.5 d1 %');
  assert.equal(read('−8'), '-8 d0');
  assert.equal(read('—8'), '-8 d0');
  assert.equal(normalizeNumberChars('合计１２．５０万元（含）−3—4'), '合计12.50万元(含)-3-4');
  assert.equal(normalizeNumberChars('＊／＆＇'), '＊／＆＇');
});

test('texts that are not exactly one number are not read', () => {
  for (const text of ['', '-', '+', '.5', '1.', '1,2345', '12345,678', '1,234,5678', '1,23', '1.2.3', '1%%', '%1', '1 2', '()', '(', '3)', '-(3)', '1e5', '十', '(\u20281)', '12万', 'Ⅱ']) {
    assert.equal(parseNumber(text), undefined, JSON.stringify(text));
  }
});

/** The grammar the scanner implements, as a regexp (the way parseNumber read numbers before it was hand-scanned). */
function referenceRead(raw: string): string | undefined {
  let text = normalizeNumberChars(raw.trim());
  let negative = false;
  const paren = /^\((.*)\)$/.exec(text);
  if (paren) {
    text = paren[1]!.trim();
    negative = true;
  }
  const match = /^([+-])?(?:(\d{1,3}(?:,\d{3})+)|(\d+))(?:\.(\d+))?(%)?$/.exec(text);
  if (!match) return undefined;
  const [, sign, grouped, plain, fraction, percent] = match;
  if (sign === '-') negative = !negative;
  const digits = `${grouped !== undefined ? grouped.replace(/,/g, '') : plain!}${fraction === undefined ? '' : `.${fraction}`}`;
  const decimals = fraction?.length ?? 0;
  const isZero = /^[0.]*$/.test(digits);
  const value = negative && !isZero ? `-${digits}` : digits;
  return `${value} ${decimals} ${grouped !== undefined} ${percent !== undefined} ${negative}`;
}

test('the hand scanner reads exactly what the number grammar describes, on many generated texts', () => {
  const alphabet = ['0', '1', '9', ',', '.', '-', '+', '%', '(', ')', ' ', '５', '．', '，', '（', '）', '−', '\u2028', 'a'];
  let seed = 12345;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  let numbers = 0;
  for (let k = 0; k < 20000; k++) {
    let text = '';
    const length = 1 + next(9);
    for (let i = 0; i < length; i++) text += next(3) === 0 ? alphabet[next(alphabet.length)] : String(next(10));
    const parsed = parseNumber(text);
    const expected = referenceRead(text);
    if (expected === undefined) {
      assert.equal(parsed, undefined, JSON.stringify(text));
      continue;
    }
    numbers++;
    assert.ok(parsed, JSON.stringify(text));
    const [digits, decimals, grouped, percent, negative] = expected.split(' ');
    assert.ok(parsed.value.equals(digits!), `${JSON.stringify(text)}: ${parsed.value.toString()} ≠ ${digits}`);
    assert.equal(parsed.value.isNegative(), negative === 'true', JSON.stringify(text));
    assert.equal(String(parsed.decimals), decimals);
    assert.equal(String(parsed.grouped), grouped);
    assert.equal(String(parsed.percent), percent);
  }
  assert.ok(numbers > 1000, `only ${numbers} generated texts were numbers`);
});

test('the same digits with the point elsewhere, or more digits than a double holds, are different values', () => {
  // Values are shared between figures with the same digits: a figure read after another must not take its value.
  const texts = ['15', '1.5', '0.15', '150', '1.50', '1,500', '015', '99999999999999.99', '99999999999999.9', '123456789012345678.5', '123456789012345678.50'];
  const values = texts.map((text) => parseNumber(text)!.value.toString());
  assert.deepEqual(values, ['15', '1.5', '0.15', '150', '1.5', '1500', '15', '99999999999999.99', '99999999999999.9', '123456789012345678.5', '123456789012345678.5']);
  assert.deepEqual(texts.map((text) => parseNumber(text)!.value.toString()), values);
});
