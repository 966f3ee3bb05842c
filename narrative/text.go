package narrative

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// readText reads a text report: UTF-8 (with or without a byte order mark),
// UTF-16 with a byte order mark, or GB18030 (GBK, GB2312), told by what
// decodes. Every non-empty line is a paragraph.
func readText(data []byte, opts Options) (*Document, error) {
	text, err := decodeText(data)
	if err != nil {
		return nil, err
	}
	doc := &Document{Format: "txt"}
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if int64(len(doc.Paragraphs)) >= opts.maxParagraphs() {
			return nil, fmt.Errorf("%w: more than %d paragraphs", ErrTooLarge, opts.maxParagraphs())
		}
		doc.Paragraphs = append(doc.Paragraphs, line)
	}
	return doc, nil
}

// decodeText returns data as UTF-8 text.
func decodeText(data []byte) (string, error) {
	var dec *encoding.Decoder
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xFF\xFE")):
		dec = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
	case bytes.HasPrefix(data, []byte("\xFE\xFF")):
		dec = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
	case utf8.Valid(data):
	default:
		dec = simplifiedchinese.GB18030.NewDecoder()
	}
	text := string(data)
	if dec != nil {
		out, err := dec.Bytes(data)
		if err != nil {
			return "", fmt.Errorf("%w: %v", ErrEncoding, err)
		}
		text = string(out)
	}
	if strings.ContainsRune(text, 0) || strings.ContainsRune(text, utf8.RuneError) {
		return "", fmt.Errorf("%w: binary data or undecodable bytes", ErrEncoding)
	}
	return text, nil
}
