// Minimal TAP harness for the GJS tests: test(name, fn), assert helpers,
// and run() which prints TAP and exits non-zero on any failure.
import System from 'system';

const tests = [];

export function test(name, fn) {
    tests.push([name, fn]);
}

export function assert(cond, message = 'assertion failed') {
    if (!cond)
        throw new Error(message);
}

export function assertEqual(actual, expected, message = '') {
    if (actual !== expected)
        throw new Error(`${message} expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function assertThrows(fn, check, message = 'expected an exception') {
    try {
        fn();
    } catch (e) {
        if (check)
            check(e);
        return e;
    }
    throw new Error(message);
}

export function run() {
    let failed = 0;
    tests.forEach(([name, fn], i) => {
        try {
            fn();
            print(`ok ${i + 1} - ${name}`);
        } catch (e) {
            failed++;
            print(`not ok ${i + 1} - ${name}`);
            for (const line of `${e}\n${e.stack ?? ''}`.split('\n'))
                print(`# ${line}`);
        }
    });
    print(`1..${tests.length}`);
    System.exit(failed > 0 || tests.length === 0 ? 1 : 0);
}
