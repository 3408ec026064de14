package warc

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testDictionaryID is the ID of testDictionary.
const testDictionaryID = 4242

// testDictionary returns a zstd dictionary (in the zstd dictionary format)
// trained on records like those of mixedArchive.
func testDictionary(t testing.TB) []byte {
	var samples [][]byte
	for i := range 16 {
		var buf bytes.Buffer
		w := NewWriter(&buf, false)
		require.NoError(t, w.WriteResponse(page(100+i, fmt.Sprintf("<html><body><p>sample %d %s</p></body></html>", i, strings.Repeat("text ", i)))))
		samples = append(samples, buf.Bytes())
	}
	dict, err := zstd.BuildDict(zstd.BuildDictOptions{
		ID:       testDictionaryID,
		Contents: samples,
		History:  []byte("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-\r\nWARC-Date: 2024-05-01T12:00:00Z\r\nWARC-Target-URI: https://example.com/\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: \r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>"),
	})
	require.NoError(t, err)
	require.True(t, bytes.HasPrefix(dict, []byte(zstdDictMagic)))
	return dict
}

// rawDictionary is a raw-content dictionary: bytes the records share.
var rawDictionary = []byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><p>")

// testWriter returns a Writer to buf for mode: "plain", "gzip", "zstd",
// "zstd+dictionary" or "zstd+compressed-dictionary" (with dict), and the
// same with "raw-dictionary" for rawDictionary.
func testWriter(t testing.TB, buf *bytes.Buffer, mode string, dict []byte) *Writer {
	var opts ZstdOptions
	switch mode {
	case "plain":
		return NewWriter(buf, false)
	case "gzip":
		return NewWriter(buf, true)
	case "zstd":
	case "zstd+dictionary":
		opts.Dictionary = dict
	case "zstd+compressed-dictionary":
		opts = ZstdOptions{Dictionary: dict, CompressDictionary: true}
	case "zstd+raw-dictionary":
		opts.Dictionary = rawDictionary
	case "zstd+compressed-raw-dictionary":
		opts = ZstdOptions{Dictionary: rawDictionary, CompressDictionary: true}
	default:
		t.Fatalf("unknown mode %q", mode)
	}
	w, err := NewZstdWriter(buf, opts)
	require.NoError(t, err)
	return w
}

// zstdFrameHeader describes the frame at the start of b.
func zstdFrameHeader(t testing.TB, b []byte) zstd.Header {
	var h zstd.Header
	require.NoError(t, h.Decode(b))
	return h
}

// TestReaderZstdArchive reads the mixed archive as .warc.zst files, with
// and without a dictionary, and compressed as a whole: the records, their
// positions and the counts are those of the plain archive.
func TestReaderZstdArchive(t *testing.T) {
	plain, want := mixedArchive(t, false)
	plainRecs, _, fatal, plainStats := readAll(t, plain, Options{})
	require.NoError(t, fatal)
	dict := testDictionary(t)
	wholeFile, err := zstd.NewWriter(nil, zstd.WithEncoderConcurrency(1))
	require.NoError(t, err)
	defer wholeFile.Close()

	for _, mode := range []string{"zstd", "zstd+dictionary", "zstd+compressed-dictionary", "zstd+raw-dictionary", "zstd+compressed-raw-dictionary", "whole file"} {
		t.Run(mode, func(t *testing.T) {
			var data []byte
			if mode == "whole file" {
				data = wholeFile.EncodeAll(plain, nil)
			} else {
				var buf bytes.Buffer
				data, _ = writeMixed(t, &buf, testWriter(t, &buf, mode, dict))
			}
			recs, rejects, fatal, st := readAll(t, data, Options{})
			require.NoError(t, fatal)
			assert.Empty(t, rejects)
			assert.Equal(t, want, bodies(recs))
			assert.Equal(t, plainStats, st)
			require.Len(t, recs, len(plainRecs))
			for i, r := range recs {
				assert.Equal(t, plainRecs[i].Position(), r.Position())
				assert.Equal(t, plainRecs[i].ID, r.ID)
				assert.Equal(t, plainRecs[i].Header, r.Header)
			}

			// The layout is the one the specification asks for.
			frames := data
			if strings.Contains(mode, "dictionary") {
				require.Equal(t, zstdDictFrameMagic, string(data[:4]), "dictionary frame first")
				size := binary.LittleEndian.Uint32(data[4:8])
				payload := data[8 : 8+size]
				assert.Equal(t, strings.Contains(mode, "compressed"), bytes.HasPrefix(payload, []byte(zstdFrameMagic)), "dictionary stored compressed")
				frames = data[8+size:]
			}
			h := zstdFrameHeader(t, frames)
			wantID := uint32(0)
			if strings.HasSuffix(mode, "+dictionary") || strings.HasSuffix(mode, "+compressed-dictionary") {
				wantID = testDictionaryID
			}
			assert.Equal(t, wantID, h.DictionaryID, "the first record's frame names the dictionary")
		})
	}
}

// TestZstdWriterLayout checks that NewZstdWriter writes one zstd frame per
// record, each decodable by itself with the dictionary.
func TestZstdWriterLayout(t *testing.T) {
	dict := testDictionary(t)
	for _, mode := range []string{"zstd", "zstd+dictionary", "zstd+raw-dictionary"} {
		t.Run(mode, func(t *testing.T) {
			var buf, plain bytes.Buffer
			w := testWriter(t, &buf, mode, dict)
			pw := NewWriter(&plain, false)
			var dopts []zstd.DOption
			switch mode {
			case "zstd+dictionary":
				dopts = append(dopts, zstd.WithDecoderDicts(dict))
			case "zstd+raw-dictionary":
				dopts = append(dopts, zstd.WithDecoderDictRaw(0, rawDictionary))
			}
			dec, err := zstd.NewReader(nil, dopts...)
			require.NoError(t, err)
			defer dec.Close()
			for i := range 3 {
				start, plainStart := buf.Len(), plain.Len()
				resp := page(i, fmt.Sprintf("<html><p>record %d</p></html>", i))
				require.NoError(t, w.WriteResponse(resp))
				require.NoError(t, pw.WriteResponse(resp))
				frame := buf.Bytes()[start:]
				h := zstdFrameHeader(t, frame)
				assert.False(t, h.Skippable)
				got, err := dec.DecodeAll(frame, nil)
				require.NoError(t, err, "record %d is a frame of its own", i)
				assert.Equal(t, plain.Bytes()[plainStart:], got)
			}
			require.NoError(t, w.Close())
			require.Error(t, w.WriteResponse(page(9, "<p>late</p>")), "closed")
		})
	}
}

// TestReaderZstdNeedsItsDictionary reads a .warc.zst file made with a
// dictionary, with its dictionary frame cut out: the first frame cannot be
// decoded and the archive is reported corrupt.
func TestReaderZstdNeedsItsDictionary(t *testing.T) {
	var buf bytes.Buffer
	data, _ := writeMixed(t, &buf, testWriter(t, &buf, "zstd+dictionary", testDictionary(t)))
	size := binary.LittleEndian.Uint32(data[4:8])
	recs, _, fatal, _ := readAll(t, data[8+size:], Options{})
	assert.Empty(t, recs)
	require.ErrorIs(t, fatal, ErrCorrupt)
	require.ErrorIs(t, fatal, zstd.ErrUnknownDictionary)
	assert.Contains(t, fatal.Error(), "at byte 0, after 0 records")
}

// TestReaderZstdDictionaryErrors checks what NewReader says of a bad or
// cut dictionary frame, and that an empty one is no dictionary.
func TestReaderZstdDictionaryErrors(t *testing.T) {
	frame := func(payload []byte) []byte {
		b := []byte(zstdDictFrameMagic + "\x00\x00\x00\x00")
		binary.LittleEndian.PutUint32(b[4:], uint32(len(payload)))
		return append(b, payload...)
	}
	var records bytes.Buffer
	w := testWriter(t, &records, "zstd", nil)
	require.NoError(t, w.WriteResponse(page(1, "<p>one</p>")))
	require.NoError(t, w.Close())
	dict := testDictionary(t)

	tests := []struct {
		name  string
		data  []byte
		kind  error  // nil: NewReader succeeds and the page is read
		cause string // part of the error expected
	}{
		{"empty dictionary frame", append(frame(nil), records.Bytes()...), nil, ""},
		{"cut in the frame header", frame(dict)[:6], ErrTruncated, "zstd: dictionary frame header"},
		{"cut in the dictionary", frame(dict)[:40], ErrTruncated, fmt.Sprintf("zstd: dictionary frame of %d bytes: unexpected EOF", len(dict))},
		{"dictionary too large", []byte(zstdDictFrameMagic + "\x01\x00\x00\x01"), ErrCorrupt, "zstd: dictionary frame of 16777217 bytes exceeds the limit of 16777216 bytes"},
		{"malformed dictionary", append(frame([]byte(zstdDictMagic+"\x01\x00\x00\x00short")), records.Bytes()...), ErrCorrupt, "zstd: decoder with a dictionary of 13 bytes"},
		{"malformed compressed dictionary", append(frame([]byte(zstdFrameMagic+"garbage")), records.Bytes()...), ErrCorrupt, "zstd: decompress the zstd-compressed dictionary"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, _, fatal, _ := readAll(t, tt.data, Options{})
			if tt.kind == nil {
				require.NoError(t, fatal)
				assert.Equal(t, []string{"<p>one</p>"}, bodies(recs))
				return
			}
			require.ErrorIs(t, fatal, tt.kind)
			assert.Equal(t, tt.kind == ErrTruncated, errorsIsEOF(fatal), "only a cut frame is a truncation")
			assert.Contains(t, fatal.Error(), "at byte 0, after 0 records: "+tt.cause)
		})
	}
}

func errorsIsEOF(err error) bool {
	for err != nil {
		if err == io.ErrUnexpectedEOF {
			return true
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			err = u.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				if errorsIsEOF(e) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// TestReaderCorruptZstd damages the last frame of a .warc.zst file: every
// earlier record is kept, then the archive is reported corrupt.
func TestReaderCorruptZstd(t *testing.T) {
	for _, mode := range []string{"zstd", "zstd+dictionary"} {
		t.Run(mode, func(t *testing.T) {
			dict := testDictionary(t)
			var buf, last bytes.Buffer
			data, _ := writeMixed(t, &buf, testWriter(t, &buf, mode, dict))
			good := len(data)
			// The same writer settings for one more record, without the
			// dictionary frame: a frame that follows the others.
			opts := ZstdOptions{}
			if mode == "zstd+dictionary" {
				opts.Dictionary = dict
			}
			w, err := NewZstdWriter(io.Discard, opts)
			require.NoError(t, err)
			w.w = &last
			require.NoError(t, w.WriteResponse(page(7, strings.Repeat("<p>seven</p>", 50)+strings.Repeat("x", 500))))
			data = append(data[:good:good], damage(last.Bytes())...)
			recs, _, fatal, _ := readAll(t, data, Options{})
			assert.Len(t, recs, 2)
			require.ErrorIs(t, fatal, ErrCorrupt)
			assert.Contains(t, fatal.Error(), "after 9 records: zstd: ")

			// Bytes after the last frame that are not zstd.
			recs, _, fatal, _ = readAll(t, append(data[:good:good], "junk after the frames"...), Options{})
			assert.Len(t, recs, 2)
			require.ErrorIs(t, fatal, ErrCorrupt)
			assert.ErrorIs(t, fatal, zstd.ErrMagicMismatch)
		})
	}
}
