package warc

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"io"

	"github.com/klauspost/compress/zstd"
)

// The zstd framing of .warc.zst files (the IIPC "WARC zstd" specification,
// as written by wget, warcio and Heritrix): every record is its own zstd
// frame, and the file may start with a skippable frame holding the
// dictionary that all frames were compressed with.
const (
	// zstdFrameMagic starts every zstd frame (0xFD2FB528, little-endian).
	zstdFrameMagic = "\x28\xb5\x2f\xfd"
	// zstdDictFrameMagic starts the skippable frame that holds a .warc.zst
	// file's dictionary (0x184D2A5D, little-endian).
	zstdDictFrameMagic = "\x5d\x2a\x4d\x18"
	// zstdDictMagic starts a dictionary in the zstd dictionary format, as
	// made by "zstd --train" (0xEC30A437, little-endian). A dictionary
	// without it is raw content.
	zstdDictMagic = "\x37\xa4\x30\xec"
)

// Limits of the zstd decoding of a .warc.zst archive.
const (
	// MaxDictionaryBytes bounds the dictionary of a .warc.zst file, both as
	// stored and after decompression (16 MiB; dictionaries are usually
	// around 100 KiB). A larger one makes the archive unreadable.
	MaxDictionaryBytes = 16 << 20
	// MaxZstdWindow bounds the memory a zstd frame of a .warc.zst archive
	// may make the decoder use: 128 MiB, the reference zstd's default
	// limit (window log 27). A frame that needs more makes the rest of the
	// archive unreadable (ErrCorrupt).
	MaxZstdWindow = 128 << 20
)

// isZstd reports whether magic starts a zstd stream: a zstd frame or a
// skippable frame (magic 0x184D2A50 to 0x184D2A5F, which includes the
// dictionary frame of .warc.zst files).
func isZstd(magic []byte) bool {
	if len(magic) < 4 {
		return false
	}
	return string(magic[:4]) == zstdFrameMagic ||
		magic[0]&0xf0 == 0x50 && string(magic[1:4]) == "\x2a\x4d\x18"
}

// readZstdDictionary consumes the dictionary frame at the start of r, if
// there is one, and returns the dictionary, decompressed when it was stored
// zstd-compressed (its payload then starts with the zstd frame magic). It
// returns nil when r does not start with a dictionary frame or the frame is
// empty. An error wraps io.ErrUnexpectedEOF when the frame is cut short;
// any other error means the dictionary is unusable, and does not wrap
// io.ErrUnexpectedEOF even when the decoder said so of the dictionary's
// own bytes (the archive is then corrupt, not truncated).
func readZstdDictionary(r *bufio.Reader) ([]byte, error) {
	magic, _ := r.Peek(4)
	if string(magic) != zstdDictFrameMagic {
		return nil, nil
	}
	var hdr [8]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return nil, fmt.Errorf("dictionary frame header: %w", io.ErrUnexpectedEOF)
	}
	size := binary.LittleEndian.Uint32(hdr[4:])
	if size > MaxDictionaryBytes {
		return nil, fmt.Errorf("dictionary frame of %d bytes exceeds the limit of %d bytes", size, MaxDictionaryBytes)
	}
	// Read what is there rather than allocate what the header claims.
	dict, err := io.ReadAll(io.LimitReader(r, int64(size)))
	if err != nil {
		return nil, fmt.Errorf("dictionary frame of %d bytes: %w", size, err)
	}
	if len(dict) < int(size) {
		return nil, fmt.Errorf("dictionary frame of %d bytes: %w", size, io.ErrUnexpectedEOF)
	}
	if !bytes.HasPrefix(dict, []byte(zstdFrameMagic)) {
		if len(dict) == 0 {
			return nil, nil
		}
		return dict, nil
	}
	// A compressed dictionary: one or more zstd frames without a dictionary.
	zd, err := zstd.NewReader(nil,
		zstd.WithDecoderConcurrency(1),
		zstd.WithDecoderMaxMemory(MaxDictionaryBytes),
		zstd.WithDecoderMaxWindow(MaxDictionaryBytes))
	if err != nil {
		return nil, fmt.Errorf("dictionary decoder: %w", err)
	}
	defer zd.Close()
	out, err := zd.DecodeAll(dict, nil)
	if err != nil {
		return nil, fmt.Errorf("decompress the zstd-compressed dictionary: %v", err)
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out, nil
}

// newArchiveZstd returns a decoder of the zstd stream r (a .warc.zst file,
// or a WARC compressed as a whole), after reading the dictionary frame at
// its start, if any; errors are those of readZstdDictionary. A dictionary
// in the zstd dictionary format is used by the frames that name its ID; a
// raw-content dictionary by the frames that name no dictionary (ID 0), as
// zstd writes them with such a dictionary.
func newArchiveZstd(r *bufio.Reader) (*zstd.Decoder, error) {
	dict, err := readZstdDictionary(r)
	if err != nil {
		return nil, err
	}
	opts := []zstd.DOption{
		zstd.WithDecoderConcurrency(1),
		zstd.WithDecoderLowmem(true),
		zstd.WithDecoderMaxWindow(MaxZstdWindow),
	}
	switch {
	case dict == nil:
	case bytes.HasPrefix(dict, []byte(zstdDictMagic)):
		opts = append(opts, zstd.WithDecoderDicts(dict))
	default:
		opts = append(opts, zstd.WithDecoderDictRaw(0, dict))
	}
	zd, err := zstd.NewReader(r, opts...)
	if err != nil {
		// %v: a malformed dictionary is reported as io.ErrUnexpectedEOF by
		// the decoder, but the archive is not truncated.
		return nil, fmt.Errorf("decoder with a dictionary of %d bytes: %v", len(dict), err)
	}
	return zd, nil
}
