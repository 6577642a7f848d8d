// Records which libscr functions a GJS test calls, for
// tests/check-binding-coverage.py.
//   gjs -m tests/js/trace.js OUTFILE TEST.js [ARG...]
// wraps every function, constructor and method of the Scr namespace, appends
// "Class.method" (or "function") to OUTFILE the first time each is called,
// then runs TEST.js.
import GLib from 'gi://GLib';
import Scr from 'gi://Scr?version=1';
import System from 'system';

const [outFile, testFile] = System.programArgs;
const seen = new Set();

function record(name) {
    if (seen.has(name))
        return;
    seen.add(name);
    const previous = GLib.file_test(outFile, GLib.FileTest.EXISTS)
        ? new TextDecoder().decode(GLib.file_get_contents(outFile)[1]) : '';
    GLib.file_set_contents(outFile, `${previous}${name}\n`);
}

function wrap(holder, key, name) {
    const original = holder[key];
    holder[key] = function (...args) {
        record(name);
        return new.target ? new original(...args) : original.apply(this, args);
    };
}

const skip = new Set(['constructor', 'prototype', 'length', 'name', '$gtype', '_init', 'toString',
    'valueOf']);
for (const key of Object.getOwnPropertyNames(Scr)) {
    const value = Scr[key];
    if (value && typeof value === 'object') { // an enumeration's functions
        for (const member of Object.getOwnPropertyNames(value)) {
            if (typeof value[member] === 'function' && !skip.has(member))
                wrap(value, member, `${key}.${member}`);
        }
        continue;
    }
    if (typeof value !== 'function')
        continue;
    if (!value.prototype || /^[a-z]/.test(key)) {
        wrap(Scr, key, key);
        continue;
    }
    for (const member of Object.getOwnPropertyNames(value)) {
        if (!skip.has(member) && typeof value[member] === 'function')
            wrap(value, member, `${key}.${member}`);
    }
    for (const member of Object.getOwnPropertyNames(value.prototype)) {
        const descriptor = Object.getOwnPropertyDescriptor(value.prototype, member);
        if (!skip.has(member) && descriptor && typeof descriptor.value === 'function')
            wrap(value.prototype, member, `${key}.${member}`);
    }
}

await import(GLib.filename_to_uri(GLib.canonicalize_filename(testFile, null), null));
