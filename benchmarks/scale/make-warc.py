#!/usr/bin/env python3
"""Builds a WARC of HTTP 200 HTML responses from a folder of pages (*.html, *.htm, *.html.gz), for measuring
`article-extract batch` on archives: each page becomes a request/response pair, pages are repeated until the
file reaches the size asked for. The pages are read, not copied into the repository.

    make-warc.py PAGES_DIR OUT.warc[.gz] SIZE_MB [MAX_PAGES]

With a .gz name each record is its own gzip member, as Common Crawl writes them; SIZE_MB counts compressed bytes.
"""
import gzip, os, sys, uuid, datetime

def pages(folder):
    names = sorted(f for f in os.listdir(folder) if f.endswith(('.html', '.htm', '.html.gz')))
    for name in names:
        with open(os.path.join(folder, name), 'rb') as f:
            data = f.read()
        yield name, gzip.decompress(data) if name.endswith('.gz') else data

def record(kind, uri, block, content_type, n):
    head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{uuid.UUID(int=n)}>\r\n"
            f"WARC-Date: {(datetime.datetime(2024, 1, 1) + datetime.timedelta(seconds=n)).strftime('%Y-%m-%dT%H:%M:%SZ')}\r\n"
            f"WARC-Target-URI: {uri}\r\nContent-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n")
    return head.encode('ascii') + block + b"\r\n\r\n"

def main():
    folder, out, size_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
    max_pages = int(sys.argv[4]) if len(sys.argv) > 4 else None
    target = size_mb * 1024 * 1024
    corpus = list(pages(folder))
    compress = out.endswith('.gz')
    n, written, round_ = 0, 0, 0
    with open(out, 'wb') as f:
        while written < target and not (max_pages and n // 2 >= max_pages):
            for name, html in corpus:
                uri = f"https://site{round_}.example/{name.split('.')[0]}"
                for kind, block, ctype in (
                        ('request', f"GET /{name} HTTP/1.1\r\nHost: example\r\n\r\n".encode(), 'application/http; msgtype=request'),
                        ('response', b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + html, 'application/http; msgtype=response')):
                    n += 1
                    data = record(kind, uri, block, ctype, n)
                    data = gzip.compress(data, 6) if compress else data
                    f.write(data)
                    written += len(data)
                if written >= target or (max_pages and n // 2 >= max_pages):
                    break
            round_ += 1
    print(f"{out}: {written / 1048576:.0f} MB, {n // 2} pages", file=sys.stderr)

if __name__ == '__main__':
    main()
