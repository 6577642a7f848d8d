// libscr from GJS, as an ES module: gjs -m examples/js/example.js
import Scr from 'gi://Scr?version=1';

const when = Scr.Date.new(2014, 8, 27);
print(`${when.to_iso8601()} + 6 months = ${when.add_months(6).to_iso8601()}`);
