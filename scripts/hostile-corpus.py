#!/usr/bin/env python3
"""Hostile-input corpus for a built rdfit (issue 12, part two).

Runs every case against the binary given (default .build/release/rdfit), each in a fresh folder,
and checks what every case must satisfy whatever its input:

- no crash: exit status 132, 134, 139 or any signal death, or crash text (Fatal error,
  Backtracing, Stack dump, Program crashed) on either stream;
- on error, exactly one line on stderr starting `rdfit: error:` and nothing on stdout;
- the expected exit status (one of a set: 0 where the input may legitimately be accepted);
- where the case says so, the `file:line:column` the message must name;
- no file left in the folder beyond the inputs and the plot path the case names;
- done within the time limit (no stalled parse).

Classes: encodings, line ends, quoting, huge numbers, `# rdfit:` lines, option magnitudes, plot
destinations, signals. Usage: scripts/hostile-corpus.py [BINARY] [-v]
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

BINARY = os.path.abspath(next((a for a in sys.argv[1:] if not a.startswith("-")), ".build/release/rdfit"))
VERBOSE = "-v" in sys.argv
TIMEOUT = 60
CRASH_TEXT = ("Fatal error", "Backtracing", "Stack dump", "Program crashed", "Segmentation fault")

GOOD_ROWS = [(2001 + k, 100 * 1.5**k) for k in range(22)]


def rows_text(rows, sep=",", end="\n", header="year,papers"):
    return header + end + end.join(f"{y}{sep}{v:.6g}" for y, v in rows) + end


GOOD = rows_text(GOOD_ROWS).encode()
DOUBLING = ["--doubling-time", "9", "--replicates", "50", "--seed", "1"]


class Case:
    def __init__(self, name, data, args, status, location=None, files=None, extra=None, setup=None, env=None,
                 signal_after=None, stdin=None, keep=()):
        self.name = name
        self.data = data  # bytes of data.csv, or None for no file
        self.args = args  # {data} is replaced by the data file's path, {dir} by the folder
        self.status = status if isinstance(status, (set, frozenset)) else {status}
        self.location = location  # e.g. ":4:2" after the data path
        self.extra = extra or {}  # other files: name -> bytes
        self.setup = setup  # callable(folder) for links, FIFOs, modes
        self.env = env or {}
        self.signal_after = signal_after  # (signal, seconds): send once a .tmp file exists
        self.stdin = stdin
        self.keep = set(keep)  # names that may appear in the folder (the plot path)


CASES = []


def add(*args, **kwargs):
    CASES.append(Case(*args, **kwargs))


def lines_with(fault_line, fault, end=b"\n", header=b"year,papers"):
    """A good file with `fault` (bytes) replacing the value cell on physical line `fault_line`."""
    out = [header]
    for k, (y, v) in enumerate(GOOD_ROWS):
        line = 2 + k
        cell = f"{v:.6g}".encode()
        out.append(f"{y},".encode() + (fault if line == fault_line else cell))
    return end.join(out) + end


# --- encodings: every bad byte located at its line and field, for LF, CRLF and CR line ends ----------
BAD_BYTES = {
    "nul": b"1\x0000",
    "latin1": b"1\xe900",
    "overlong-slash": b"1\xc0\xaf0",
    "surrogate": b"1\xed\xa0\x800",
    "lone-continuation": b"1\x800",
    "f8-lead": b"1\xf8\x88\x80\x80\x800",
    "truncated-3-byte": b"1\xe2\x820",
    "fe-ff": b"1\xfe\xff0",
}
for end_name, end in (("lf", b"\n"), ("crlf", b"\r\n"), ("cr", b"\r")):
    for byte_name, fault in BAD_BYTES.items():
        add(f"encoding {byte_name} line 6 ({end_name})", lines_with(6, fault, end), DOUBLING, 65, location=":6:2")
    add(f"nul in header ({end_name})", end.join([b"year,pa\x00pers", b"2001,1", b"2002,2"]) + end, DOUBLING, 65,
        location=":1:2")
    add(f"invalid utf-8 in a comment line 3 ({end_name})",
        end.join([b"# ok", b"year,papers", b"# caf\xe9"] + [f"{y},{v:.6g}".encode() for y, v in GOOD_ROWS]) + end,
        DOUBLING, {0, 65}, location=None)
add("utf-16le with bom", b"\xff\xfe" + GOOD.decode().encode("utf-16-le"), DOUBLING, 65)
add("utf-16be with bom", b"\xfe\xff" + GOOD.decode().encode("utf-16-be"), DOUBLING, 65)
add("utf-16le without bom", GOOD.decode().encode("utf-16-le"), DOUBLING, 65)
add("utf-32 with bom", b"\xff\xfe\x00\x00" + GOOD.decode().encode("utf-32-le"), DOUBLING, 65, location=":1")
add("utf-32be with bom", b"\x00\x00\xfe\xff" + GOOD.decode().encode("utf-32-be"), DOUBLING, 65, location=":1")
add("utf-8 bom twice", b"\xef\xbb\xbf\xef\xbb\xbf" + GOOD, DOUBLING, {0, 65})
add("utf-8 bom", b"\xef\xbb\xbf" + GOOD, DOUBLING, 0)
add("bom then nul line 3", b"\xef\xbb\xbf" + lines_with(3, b"\x00"), DOUBLING, 65, location=":3:2")
add("nul at end of file", GOOD + b"\x00", DOUBLING, 65)
add("U+2028 in a cell", lines_with(5, "1\u20280".encode()), DOUBLING, 65, location=":5:2")
add("NEL in a cell", lines_with(5, "1\u00850".encode()), DOUBLING, 65, location=":5:2")
add("zero-width space in a value", lines_with(4, "1\u200b00".encode()), DOUBLING, 65, location=":4:2")
add("right-to-left override in header", "year,pa\u202epers\n2001,1\n2002,2\n".encode(), DOUBLING, {64, 65})

# --- line ends --------------------------------------------------------------------------------------
add("mixed LF CR CRLF", b"year,papers\n2001,1\r2002,1.5\r\n2003,2.25\n2004,3.375\r2005,5.0625\n", DOUBLING, 0)
add("LF CR pairs", GOOD.replace(b"\n", b"\n\r"), DOUBLING, {0, 65})
add("no final line end", GOOD.rstrip(b"\n"), DOUBLING, 0)
add("form feed line", GOOD.replace(b"\n2005", b"\n\x0c\n2005"), DOUBLING, 65, location=":6")
add("vertical tab in a cell", lines_with(7, b"1\x0b0"), DOUBLING, 65, location=":7:2")
add("only CR", b"\r\r\r", DOUBLING, 65)
add("CR line ends bad value line 9", lines_with(9, b"abc", b"\r"), DOUBLING, 65, location=":9:2")
add("CRLF bad value line 9", lines_with(9, b"abc", b"\r\n"), DOUBLING, 65, location=":9:2")
add("1 MB single line", b"year,papers," + b"x" * 1_000_000 + b"\n2001,1\n", DOUBLING, 65)
add("10^5 empty lines then data", b"\n" * 100_000 + GOOD, DOUBLING, 0)
add("10^5 comment lines", b"# c\n" * 100_000 + GOOD, DOUBLING, 0)

# --- quoting ------------------------------------------------------------------------------------------
add("quoted header and values", b'"year","papers"\n' + b"\n".join(f'"{y}","{v:.6g}"'.encode() for y, v in GOOD_ROWS)
    + b"\n", DOUBLING, 0)
add("doubled quote in a value", lines_with(4, b'"1""0"'), DOUBLING, 65, location=":4:2")
add("unterminated quote on last line", GOOD + b'2023,"5', DOUBLING, 65)
add("quote spanning CR lines", lines_with(5, b'"1\r0"', b"\r"), DOUBLING, 65, location=":5:2")
add("empty quoted value", lines_with(5, b'""'), DOUBLING, {0, 65})
add("quote then spaces then comma", lines_with(5, b'"10"   '), DOUBLING, {0, 65})
add("text after closing quote", lines_with(8, b'"10"x'), DOUBLING, 65, location=":8:2")
add("10^5 quotes", b'year,papers\n2001,"' + b'""' * 50_000 + b'"\n', DOUBLING, 65)
add("quoted field with 10^4 line breaks", b'year,papers\n2001,"' + b"\n" * 10_000 + b'"\n2002,1\n', DOUBLING, 65)

# --- huge and odd numbers -------------------------------------------------------------------------------
for label, cell, status in (
    ("1e308", b"1e308", {0, 65}), ("1.8e308 overflow", b"1.8e308", 65), ("-1e308", b"-1e308", 65),
    ("subnormal 1e-320", b"1e-320", {0, 65}), ("hex float", b"0x1p3", 65), ("underscore digits", b"1_000", 65),
    ("bare exponent", b"1e", 65), ("e5", b"e5", 65), ("plus sign", b"+5", {0, 65}), ("double plus", b"++5", 65),
    ("leading dot", b".5", {0, 65}), ("trailing dot", b"5.", {0, 65}), ("1e+400", b"1e+400", 65),
    ("20-digit exponent", b"1e99999999999999999999", 65), ("400-digit integer", b"9" * 400, 65),
    ("-0", b"-0", 65), ("nan payload", b"nan(0x1)", 65), ("inf spelled", b"Infinity", 65),
):
    add(f"value {label}", lines_with(10, cell), DOUBLING, status, location=":10:2" if status == 65 else None)
for label, year, status in (
    ("1e19", b"1e19", 65), ("-2^63-1", b"-9223372036854775809", 65), ("2001.5", b"2001.5", {0, 65}),
    ("2e3", b"2e3", {0, 65}), ("nan", b"nan", 65), ("20 digits", b"12345678901234567890", 65),
):
    text = GOOD.replace(b"\n2005,", b"\n" + year + b",")
    add(f"year {label}", text, DOUBLING, status)

# --- `# rdfit:` lines: located at line:column ------------------------------------------------------------
def defaults(line, prefix=b"", end=b"\n"):
    return prefix + b"# rdfit: " + line + end + GOOD.replace(b"\n", end)


COMMON = ["--replicates", "50", "--seed", "1"]
add("defaults: bad growth factor", defaults(b"--growth-factor 2x --over 10"), COMMON, 64, location=":1:26")
add("defaults: unknown option", defaults(b"--doubling-time 9 --frobnicate 2"), COMMON, 64, location=":1:28")
add("defaults: bad replicates", defaults(b"--doubling-time 9 --replicates=lots"), COMMON[2:], 64, location=":1:41")
add("defaults: huge replicates", defaults(b"--doubling-time 9 --replicates 1e300"), COMMON[2:], 64,
    location=":1:41")
add("defaults: replicates 2^63", defaults(b"--doubling-time 9 --replicates 9223372036854775808"), COMMON[2:], 64,
    location=":1:41")
add("defaults: seed 2^64", defaults(b"--doubling-time 9 --seed 18446744073709551616"), ["--replicates", "50"], 64,
    location=":1:35")
add("defaults: negative seed", defaults(b"--doubling-time 9 --seed=-1"), ["--replicates", "50"], 64,
    location=":1:35")
add("defaults: level 1.5", defaults(b"--doubling-time 9 --level 1.5"), COMMON, 64, location=":1:36")
add("defaults: level nan", defaults(b"--doubling-time 9 --level nan"), COMMON, 64, location=":1:36")
add("defaults: doubling time inf", defaults(b"--doubling-time inf"), COMMON, 64, location=":1:26")
add("defaults: doubling time 1e-320", defaults(b"--doubling-time 1e-320"), COMMON, 64, location=":1:26")
add("defaults: deep nesting", defaults(b"--doubling-time " + b"(" * 2000 + b"9" + b")" * 2000), COMMON, 64,
    location=":1:26")
add("defaults: 10^4 unary minus", defaults(b"--doubling-time=" + b"-" * 3000 + b"9"), COMMON, 64,
    location=":1:26")
add("defaults: power tower", defaults(b"--doubling-time " + b"^".join([b"9"] * 1000)), COMMON, 64,
    location=":1:26")
add("defaults: window with steady state", defaults(b"--doubling-time 9\n# rdfit: --window 3"), COMMON, 64,
    location=":2:19")
add("defaults: jones huge window", defaults(b"--method jones-ols --output papers --window 99999999999"), COMMON, 64,
    location=":1:54")
add("defaults: hac-lag -1", defaults(b"--method jones-ols --output papers --hac-lag -1"), COMMON, 64)
add("defaults: block length 0", defaults(b"--doubling-time 9 --bootstrap block --block-length 0"), COMMON, 64,
    location=":1:61")
add("defaults: bad value on line 3 after CR", defaults(b"--doubling-time 9x", prefix=b"# a\r# b\r", end=b"\r"),
    COMMON, 64, location=":3:26")
add("defaults: tab separated", defaults(b"--doubling-time\t9x"), COMMON, 64, location=":1:26")
add("defaults: indented marker", b"   #   rdfit: --doubling-time 9x\n" + GOOD, COMMON, 64, location=":1:31")
add("defaults: nul in line", defaults(b"--doubling-time 9\x00"), COMMON, 65, location=":1")
add("defaults: invalid utf-8", defaults(b"--doubling-time 9\xff"), COMMON, {64, 65}, location=":1")
add("defaults: 4097 bytes", defaults(b"--doubling-time 9 --seed " + b"1" * 4070), COMMON, 64, location=":1")
add("defaults: 600 tokens", defaults(b" ".join([b"--seed 1"] * 300)), COMMON, 64, location=":1")
add("defaults: last of a repeated option wins", defaults(b"--doubling-time 9 --doubling-time 9x"), COMMON, 64,
    location=":1:44")
add("defaults: conflict on second of two lines",
    defaults(b"--doubling-time 9\n# rdfit: --growth-factor 2 --over 3"), COMMON, 64)
add("defaults: interval without output on command line",
    defaults(b"--doubling-time 9"), COMMON + ["--interval", "6:12"], 64)
add("defaults: good", defaults(b"--doubling-time 9"), COMMON, 0)
add("defaults: plot-like token", defaults(b"--doubling-time 9 --plot {dir}/evil.svg"), COMMON, 64,
    location=":1:28")

# --- option magnitudes -------------------------------------------------------------------------------------
for option, values in (
    ("--replicates", ["0", "-1", "1e9", "9223372036854775807", "9223372036854775808", "nan", "1.5", ""]),
    ("--seed", ["-1", "18446744073709551616", "1e3", ""]),
    ("--level", ["0", "1", "nan", "inf", "-0.5", "0.999999999999999999"]),
    ("--doubling-time", ["0", "-0", "nan", "inf", "1e308", "1e-308", "9" * 500, "(" * 500 + "9" + ")" * 500]),
    ("--block-length", ["0", "-1", "1e300", "9223372036854775807"]),
):
    for value in values:
        # `--option=VALUE`, so that negative values and empty ones reach rdfit as values.
        base = {"--doubling-time": "9", "--replicates": "50", "--seed": "1"}
        extra = [(option, value)]
        if option in base:
            base[option] = value
            extra = []
        if option == "--block-length":
            extra.append(("--bootstrap", "block"))
        pairs = [f"{a}={b}" for a, b in list(base.items()) + extra]
        status = {0, 64} if (option, value) in (("--level", "0.999999999999999999"), ("--doubling-time", "1e308"),
                                                 ("--doubling-time", "9" * 500), ("--seed", "1e3")) else 64
        add(f"option {option} {value[:20]!r}", GOOD, pairs, status)
for name, args, status in (
    ("jones window 0", ["--method", "jones-ols", "--output", "papers", "--window", "0"], 64),
    ("jones window 2^63", ["--method", "jones-ols", "--output", "papers", "--window", "9223372036854775807"], 64),
    ("jones hac-lag 2^63-1", ["--method", "jones-ols", "--output", "papers", "--hac-lag", "9223372036854775807"], 64),
    ("bayes over 1e19", ["--method", "bayes-endpoint", "--growth-factor", "2", "--over", "1e19"], 64),
    ("bayes warmup 2^63-1", ["--method", "bayes-endpoint", "--growth-factor", "2", "--over", "3", "--warmup",
                             "9223372036854775807"], 64),
    ("bayes warmup 1e9", ["--method", "bayes-endpoint", "--growth-factor", "2", "--over", "3", "--warmup",
                          "1000000000"], 64),
    ("bayes chains 0", ["--method", "bayes-endpoint", "--growth-factor", "2", "--over", "3", "--chains", "0"], 64),
    ("bayes draws 1e12", ["--method", "bayes-endpoint", "--growth-factor", "2", "--over", "3", "--draws",
                          "1000000000000"], 64),
    ("weight 2", ["--doubling-time", "9", "--weight", "papers=2"], 64),
    ("weight nan", ["--doubling-time", "9", "--weight", "papers=nan"], 64),
    ("interval reversed", ["--doubling-time", "9", "--interval", "12:6"], 64),
    ("interval 1e308", ["--doubling-time", "9", "--interval", "1:1e308"], {0, 64}),
    ("plot width 0", ["--doubling-time", "9", "--plot", "{dir}/p.svg", "--plot-width", "0"], 64),
    ("plot width 1e9", ["--doubling-time", "9", "--plot", "{dir}/p.svg", "--plot-width", "1000000000"], 64),
    ("plot height -5", ["--doubling-time", "9", "--plot", "{dir}/p.svg", "--plot-height=-5"], 64),
    ("1,004 arguments", ["--doubling-time", "9"] + ["--seed", "1"] * 502, 64),
    ("threads 0", ["--doubling-time", "9"], {0, 64}),
):
    env = {"RDFIT_THREADS": "0"} if name == "threads 0" else {}
    args = args if "bayes-endpoint" in args else args + ["--replicates", "50"]
    add(f"option {name}", GOOD, args, status, env=env, keep={"p.svg"})
for value in ("-1", "1e9", "99999999999999999999", "x"):
    add(f"RDFIT_THREADS={value}", GOOD, DOUBLING, {0, 64}, env={"RDFIT_THREADS": value})

# --- plot destinations --------------------------------------------------------------------------------------
def link(target, name):
    return lambda d: os.symlink(target if target.startswith("/") else os.path.join(d, target), os.path.join(d, name))


def hard(target, name):
    return lambda d: os.link(os.path.join(d, target), os.path.join(d, name))


def mkdir(name):
    return lambda d: os.mkdir(os.path.join(d, name))


def fifo(name):
    return lambda d: os.mkfifo(os.path.join(d, name))


def readonly(name):
    def make(d):
        with open(os.path.join(d, name), "w") as f:
            f.write("old")
        os.chmod(os.path.join(d, name), 0o444)
    return make


PLOT = DOUBLING + ["--plot"]
add("plot /dev/null", GOOD, PLOT + ["/dev/null"], {64, 73})
add("plot a new file in /proc", GOOD, PLOT + ["/proc/rdfit.svg"], 73)
add("plot a folder", GOOD, PLOT + ["{dir}/d.svg"], 73, setup=mkdir("d.svg"))
add("plot a folder with slash", GOOD, PLOT + ["{dir}/d.svg/"], {64, 73}, setup=mkdir("d.svg"))
add("plot a FIFO", GOOD, PLOT + ["{dir}/f.svg"], 73, setup=fifo("f.svg"))
add("plot a symlink to a victim", GOOD, PLOT + ["{dir}/l.svg"], 73, extra={"victim.txt": b"keep"},
    setup=link("victim.txt", "l.svg"))
add("plot a dangling symlink", GOOD, PLOT + ["{dir}/l.svg"], 73, setup=link("nothing.svg", "l.svg"))
add("plot a hard link to the input", GOOD, PLOT + ["{dir}/h.svg"], 73, setup=hard("data.csv", "h.svg"))
add("plot a hard-linked file", GOOD, PLOT + ["{dir}/h.svg"], 73, extra={"other.svg": b"<svg/>"},
    setup=hard("other.svg", "h.svg"))
add("plot a read-only file", GOOD, PLOT + ["{dir}/r.svg"], 73, setup=readonly("r.svg"))
add("plot in a missing folder", GOOD, PLOT + ["{dir}/missing/p.svg"], 73)
add("plot 254-byte name", GOOD, PLOT + ["{dir}/" + "p" * 250 + ".svg"], 0, keep={"p" * 250 + ".svg"})
add("plot 255-byte name", GOOD, PLOT + ["{dir}/" + "p" * 251 + ".svg"], 0, keep={"p" * 251 + ".svg"})
add("plot 256-byte name", GOOD, PLOT + ["{dir}/" + "p" * 252 + ".svg"], 73)
add("plot name with a newline", GOOD, PLOT + ["{dir}/a\nb.svg"], 0, keep={"a\nb.svg"})
add("plot name .svg", GOOD, PLOT + ["{dir}/.svg"], 0, keep={".svg"})
add("plot empty name", GOOD, PLOT + [""], {64, 73})
add("plot the input through ./", GOOD, PLOT + ["{dir}/./h.svg"], 73, setup=hard("data.csv", "h.svg"))
add("simulate plot a folder", None, ["simulate", "--r", "1.5", "--plot", "{dir}/d.svg"], 73, setup=mkdir("d.svg"))
add("simulate plot a hard-linked file", None, ["simulate", "--r", "1.5", "--plot", "{dir}/h.svg"], 73,
    extra={"other.svg": b"<svg/>"}, setup=hard("other.svg", "h.svg"))
add("sensitivity plot a symlink", GOOD, ["sensitivity", "{data}", "--doubling-time", "9", "--vary",
    "doubling-time=4:25", "--replicates", "20", "--plot", "{dir}/l.svg"], 73, extra={"victim.txt": b"keep"},
    setup=link("victim.txt", "l.svg"))

# --- signals during a plot write: the temporary file is removed --------------------------------------------
for sig in (signal.SIGHUP, signal.SIGINT, signal.SIGTERM):
    add(f"{signal.Signals(sig).name} during plot write", None, ["simulate", "--r", "1.5", "--plot", "{dir}/s.svg"],
        -sig, env={"RDFIT_TEST_PLOT_PAUSE_MS": "5000"}, signal_after=sig)


def run(case):
    folder = tempfile.mkdtemp(prefix="rdfit-hostile-")
    try:
        data = os.path.join(folder, "data.csv")
        if case.data is not None:
            with open(data, "wb") as f:
                f.write(case.data.replace(b"{dir}", folder.encode()))
        for name, content in case.extra.items():
            with open(os.path.join(folder, name), "wb") as f:
                f.write(content)
        if case.setup:
            case.setup(folder)
        before = {n: open(os.path.join(folder, n), "rb").read() if os.path.isfile(os.path.join(folder, n)) else None
                  for n in os.listdir(folder)}
        args = [a.replace("{data}", data).replace("{dir}", folder) for a in case.args]
        if case.data is not None and args and args[0] not in ("simulate", "sensitivity", "reproduce"):
            args = ["estimate", data] + args
        env = dict(os.environ)
        env.update(case.env)
        start = time.time()
        process = subprocess.Popen([BINARY] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                                   cwd=folder, stdin=subprocess.DEVNULL)
        if case.signal_after:
            deadline = time.time() + 20
            while time.time() < deadline and not any(n.endswith(".tmp") for n in os.listdir(folder)):
                time.sleep(0.01)
            process.send_signal(case.signal_after)
        try:
            out, err = process.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            return [f"timed out after {TIMEOUT} s"], 0, time.time() - start, ""
        elapsed = time.time() - start
        status = process.returncode
        out_text = out.decode("utf-8", "replace")
        err_text = err.decode("utf-8", "replace")
        problems = []
        if (status < 0 and -status not in case.status and status not in case.status) or status in (132, 134, 139):
            problems.append(f"crashed: status {status}")
        if any(t in out_text or t in err_text for t in CRASH_TEXT):
            problems.append("crash text")
        if status not in case.status:
            problems.append(f"status {status}, expected {sorted(case.status)}")
        if status > 0:
            if not err_text.startswith("rdfit: error: ") or err_text.count("\n") != 1:
                problems.append(f"not one error line: {err_text[:200]!r}")
            if out_text and "simulate" not in args[:1]:
                problems.append(f"stdout on error: {out_text[:80]!r}")
            if case.location:
                where = (data if case.data is not None else "") + case.location
                if where + ":" not in err_text and where + " " not in err_text:
                    problems.append(f"expected {where!r} in {err_text.strip()[:200]!r}")
        after = set(os.listdir(folder))
        stray = after - set(before) - case.keep - ({"data.csv"} if case.data is not None else set())
        if status != 0:
            stray = after - set(before)
        if stray:
            problems.append(f"files left: {sorted(stray)}")
        for name, content in before.items():
            path = os.path.join(folder, name)
            if content is not None and name not in case.keep and os.path.isfile(path) and not os.path.islink(path):
                if open(path, "rb").read() != content:
                    problems.append(f"{name} was changed")
        return problems, status, elapsed, err_text.strip()
    finally:
        for root, dirs, _ in os.walk(folder):
            for d in dirs:
                os.chmod(os.path.join(root, d), 0o755)
        shutil.rmtree(folder, ignore_errors=True)


def main():
    failures = 0
    slowest = (0.0, "")
    for case in CASES:
        problems, status, elapsed, message = run(case)
        slowest = max(slowest, (elapsed, case.name))
        if problems:
            failures += 1
            print(f"FAIL {case.name}: {'; '.join(problems)}")
        elif VERBOSE:
            print(f"ok   {case.name} ({status}, {elapsed:.2f} s) {message[:160]}")
    print(f"{len(CASES)} cases, {failures} failed; slowest {slowest[1]!r} at {slowest[0]:.2f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
