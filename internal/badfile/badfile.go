// Package badfile builds broken and hostile inputs for tests of the workbook
// reader: files that are not workbooks, legacy and encrypted OLE compound
// files, damaged and truncated zip packages, zip bombs, headers that lie, and
// workbooks whose XML is malformed.
//
// Everything is built in memory, deterministically, from a valid workbook's
// bytes or from scratch: the same call always returns the same bytes, and no
// broken binary is kept in the repository. Functions that take a zip package
// never modify it; they return a new slice.
//
// Large inputs are cheap: a zip bomb that inflates to 4 GiB is about 4 MiB
// and takes milliseconds to build.
package badfile

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
)

// Sample is a named broken input.
type Sample struct {
	Name string
	Data []byte
}

// Samples returns small broken inputs of many kinds (none larger than a few
// hundred KB), for seeding fuzzers. valid is a valid workbook to damage; it
// may be nil, and then only inputs built from scratch are returned.
func Samples(valid []byte) []Sample {
	s := []Sample{
		{"empty", Empty()},
		{"text", PlainText()},
		{"csv", CSV()},
		{"png", PNG()},
		{"html-table", HTMLTable()},
		{"xml-spreadsheet-2003", XMLSpreadsheet2003()},
		{"legacy-xls", LegacyXLS()},
		{"encrypted", Encrypted()},
		{"ole-no-workbook", OLEDocument()},
		{"docx", DocxLike()},
		{"empty-zip", EmptyZip()},
		{"minimal-book", Book{Sheets: []Sheet{{Name: "Sheet1", Data: NumberRows(3)}}}.Bytes()},
	}
	if len(valid) > 0 {
		s = append(s,
			Sample{"truncated-half", TruncateHalf(valid)},
			Sample{"truncated-1", Truncate(valid, len(valid)-1)},
			Sample{"zip-header-only", Truncate(valid, 30)},
		)
		for _, f := range []struct {
			name string
			fn   func([]byte) ([]byte, error)
		}{
			{"sheet-xml-cut", func(b []byte) ([]byte, error) { return TruncateEntry(b, "xl/worksheets/sheet1.xml", 300) }},
			{"declared-size-small", func(b []byte) ([]byte, error) { return PatchSize(b, "xl/worksheets/sheet1.xml", 10) }},
			{"declared-size-large", func(b []byte) ([]byte, error) { return PatchSize(b, "xl/worksheets/sheet1.xml", 200<<20) }},
			{"bad-crc", func(b []byte) ([]byte, error) { return PatchCRC(b, "xl/worksheets/sheet1.xml", 0xDEADBEEF) }},
			{"no-workbook-xml", func(b []byte) ([]byte, error) { return RemoveEntry(b, "xl/workbook.xml") }},
		} {
			if d, err := f.fn(valid); err == nil {
				s = append(s, Sample{f.name, d})
			}
		}
	}
	return s
}

// ---------------------------------------------------------------------------
// Files that are not workbooks at all.

// Empty is a zero-byte upload.
func Empty() []byte { return []byte{} }

// PlainText is a text file in UTF-8.
func PlainText() []byte {
	return []byte("部门整体支出绩效自评表\n年度部门整体支出规模 283.79 万元\n")
}

// CSV is a comma-separated export with a UTF-8 byte-order mark, as Excel
// writes it, of the kind people rename to .xlsx.
func CSV() []byte {
	return []byte("\ufeff项目,年初预算数,全年预算数,全年执行数\n年度资金总额,283.79,301.00,283.79\n其中：财政拨款,283.79,301.00,283.79\n")
}

// PNG is the start of a PNG image: the signature and an IHDR chunk.
func PNG() []byte {
	b := []byte("\x89PNG\r\n\x1a\n")
	ihdr := []byte("IHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00")
	b = binary.BigEndian.AppendUint32(b, uint32(len(ihdr)-4))
	b = append(b, ihdr...)
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(ihdr))
}

// HTMLTable is an HTML table, which some web systems export with an .xls or
// .xlsx name.
func HTMLTable() []byte {
	return []byte(`<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head>` +
		`<body><table><tr><td>年度资金总额</td><td>283.79</td></tr></table></body></html>`)
}

// XMLSpreadsheet2003 is an Excel 2003 XML spreadsheet, a single XML file.
func XMLSpreadsheet2003() []byte {
	return []byte(`<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?>` +
		`<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Sheet1" ` +
		`xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Table><Row><Cell><Data ss:Type="Number">1</Data></Cell></Row></Table></Worksheet></Workbook>`)
}

// Truncate returns the first n bytes of b (all of b when n is larger), as an
// interrupted upload leaves them.
func Truncate(b []byte, n int) []byte {
	n = max(0, min(n, len(b)))
	return bytes.Clone(b[:n])
}

// TruncateHalf returns the first half of b.
func TruncateHalf(b []byte) []byte { return Truncate(b, len(b)/2) }

// ---------------------------------------------------------------------------
// OLE compound files (MS-CFB, version 3, 512-byte sectors).

// Stream is a stream at the root of a compound file.
type Stream struct {
	Name string // at most 31 UTF-16 code units
	Data []byte
}

// CFB constants (MS-CFB 2.1, 2.2).
const (
	cfbSector     = 512
	cfbMiniSector = 64
	cfbMiniCutoff = 4096
	cfbDirEntry   = 128
	cfbEntriesSec = cfbSector / 4 // FAT entries per sector
	cfbMaxFAT     = 109           // FAT sectors listed in the header; no DIFAT sectors
	fatSect       = 0xFFFFFFFD
	endOfChain    = 0xFFFFFFFE
	freeSect      = 0xFFFFFFFF
	noStream      = 0xFFFFFFFF
)

// LegacyXLS is an Excel 97-2003 workbook: a compound file whose "Workbook"
// stream holds a BIFF8 BOF record for workbook globals and an EOF record.
func LegacyXLS() []byte {
	var biff []byte
	biff = binary.LittleEndian.AppendUint16(biff, 0x0809) // BOF
	biff = binary.LittleEndian.AppendUint16(biff, 16)
	biff = binary.LittleEndian.AppendUint16(biff, 0x0600) // BIFF8
	biff = binary.LittleEndian.AppendUint16(biff, 0x0005) // workbook globals
	biff = binary.LittleEndian.AppendUint16(biff, 0x0DBB) // build
	biff = binary.LittleEndian.AppendUint16(biff, 0x07CC) // year
	biff = binary.LittleEndian.AppendUint32(biff, 0)      // file history flags
	biff = binary.LittleEndian.AppendUint32(biff, 0x0006) // lowest version
	biff = binary.LittleEndian.AppendUint16(biff, 0x000A) // EOF
	biff = binary.LittleEndian.AppendUint16(biff, 0)
	return mustCFB(
		Stream{Name: "Workbook", Data: biff},
		Stream{Name: "\x05SummaryInformation", Data: make([]byte, 48)},
	)
}

// Encrypted is the shape of a password-protected OOXML workbook: a compound
// file with an EncryptionInfo stream (agile encryption, version 4.4, with its
// XML descriptor) and an EncryptedPackage stream (the 8-byte package size
// then ciphertext, here pseudo-random bytes). No password opens it.
func Encrypted() []byte {
	info := []byte{4, 0, 4, 0, 0x40, 0, 0, 0}
	info = append(info, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+
		`<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" `+
		`xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">`+
		`<keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" `+
		`cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>`+
		`<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">`+
		`<p:encryptedKey spinCount="100000" saltSize="16" blockSize="16" keyBits="256" hashSize="64" `+
		`cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" `+
		`saltValue="AAAAAAAAAAAAAAAAAAAAAA==" encryptedVerifierHashInput="AAAAAAAAAAAAAAAAAAAAAA==" `+
		`encryptedVerifierHashValue="AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==" `+
		`encryptedKeyValue="AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="/></keyEncryptor></keyEncryptors></encryption>`...)
	pkg := binary.LittleEndian.AppendUint64(nil, 8192)
	pkg = append(pkg, pseudoRandom(8192, 1)...)
	return mustCFB(
		Stream{Name: "EncryptionInfo", Data: info},
		Stream{Name: "EncryptedPackage", Data: pkg},
	)
}

// OLEDocument is a compound file that holds no workbook (a Word 97 document
// stream).
func OLEDocument() []byte {
	return mustCFB(Stream{Name: "WordDocument", Data: pseudoRandom(600, 2)})
}

func mustCFB(streams ...Stream) []byte {
	b, err := CFB(streams...)
	if err != nil {
		panic("badfile: " + err.Error())
	}
	return b
}

// CFB writes a version 3 compound file holding the streams at its root.
// Streams shorter than 4096 bytes go to the mini stream, as the format
// requires; the directory is a red-black tree in the format's name order.
// It supports files of up to about 7 MB (no DIFAT sectors).
func CFB(streams ...Stream) ([]byte, error) {
	names := make([][]uint16, len(streams))
	for i, s := range streams {
		names[i] = utf16.Encode([]rune(s.Name))
		if len(names[i]) == 0 || len(names[i]) > 31 {
			return nil, fmt.Errorf("stream name %q: must be 1 to 31 UTF-16 units", s.Name)
		}
	}

	// The mini stream and its FAT.
	var mini []byte
	var miniFAT []uint32
	start := make([]uint32, len(streams))
	for i, s := range streams {
		start[i] = endOfChain
		if len(s.Data) >= cfbMiniCutoff || len(s.Data) == 0 {
			continue
		}
		first := uint32(len(mini) / cfbMiniSector)
		n := (len(s.Data) + cfbMiniSector - 1) / cfbMiniSector
		start[i] = first
		for k := range n {
			next := uint32(endOfChain)
			if k < n-1 {
				next = first + uint32(k) + 1
			}
			miniFAT = append(miniFAT, next)
		}
		mini = append(mini, s.Data...)
		mini = append(mini, make([]byte, n*cfbMiniSector-len(s.Data))...)
	}

	sectors := func(n int) int { return (n + cfbSector - 1) / cfbSector }
	dirSecs := sectors((1 + len(streams)) * cfbDirEntry)
	miniFATSecs := sectors(len(miniFAT) * 4)
	miniSecs := sectors(len(mini))
	data := dirSecs + miniFATSecs + miniSecs
	for _, s := range streams {
		if len(s.Data) >= cfbMiniCutoff {
			data += sectors(len(s.Data))
		}
	}
	fatSecs := 1
	for fatSecs*cfbEntriesSec < fatSecs+data {
		fatSecs++
	}
	if fatSecs > cfbMaxFAT {
		return nil, errors.New("streams too large for a compound file without DIFAT sectors")
	}
	total := fatSecs + data

	fat := make([]uint32, fatSecs*cfbEntriesSec)
	for i := range fat {
		fat[i] = freeSect
	}
	for i := range fatSecs {
		fat[i] = fatSect
	}
	next := fatSecs
	chain := func(n int) uint32 { // allocates n consecutive sectors
		if n == 0 {
			return endOfChain
		}
		first := next
		for k := range n {
			if k < n-1 {
				fat[first+k] = uint32(first + k + 1)
			} else {
				fat[first+k] = endOfChain
			}
		}
		next += n
		return uint32(first)
	}
	dirStart := chain(dirSecs)
	miniFATStart := chain(miniFATSecs)
	miniStart := chain(miniSecs)
	for i, s := range streams {
		if len(s.Data) >= cfbMiniCutoff {
			start[i] = chain(sectors(len(s.Data)))
		}
	}

	out := make([]byte, cfbSector*(1+total))
	le := binary.LittleEndian
	// Header.
	copy(out, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})
	le.PutUint16(out[24:], 0x003E)
	le.PutUint16(out[26:], 3)
	le.PutUint16(out[28:], 0xFFFE)
	le.PutUint16(out[30:], 9)
	le.PutUint16(out[32:], 6)
	le.PutUint32(out[44:], uint32(fatSecs))
	le.PutUint32(out[48:], dirStart)
	le.PutUint32(out[56:], cfbMiniCutoff)
	le.PutUint32(out[60:], miniFATStart)
	le.PutUint32(out[64:], uint32(miniFATSecs))
	le.PutUint32(out[68:], endOfChain)
	for i := range cfbMaxFAT {
		v := uint32(freeSect)
		if i < fatSecs {
			v = uint32(i)
		}
		le.PutUint32(out[76+4*i:], v)
	}
	sector := func(n uint32) []byte { return out[cfbSector*(1+int(n)):] }
	// FAT.
	for i, v := range fat {
		le.PutUint32(out[cfbSector+4*i:], v)
	}
	// Mini FAT, padded with free entries.
	if miniFATSecs > 0 {
		m := sector(miniFATStart)
		for i := range miniFATSecs * cfbEntriesSec {
			v := uint32(freeSect)
			if i < len(miniFAT) {
				v = miniFAT[i]
			}
			le.PutUint32(m[4*i:], v)
		}
	}
	if miniSecs > 0 {
		copy(sector(miniStart), mini)
	}
	for i, s := range streams {
		if len(s.Data) >= cfbMiniCutoff {
			copy(sector(start[i]), s.Data)
		}
	}

	// Directory: entry 0 is the root, entry i+1 is streams[i].
	left := make([]uint32, len(streams))
	right := make([]uint32, len(streams))
	red := make([]bool, len(streams))
	rootChild := buildTree(names, left, right, red)
	dir := sector(dirStart)
	for i := range dirSecs * cfbSector / cfbDirEntry {
		e := dir[i*cfbDirEntry : (i+1)*cfbDirEntry]
		le.PutUint32(e[68:], noStream)
		le.PutUint32(e[72:], noStream)
		le.PutUint32(e[76:], noStream)
	}
	putEntry := func(id int, name []uint16, typ byte, isRed bool, l, r, child, first uint32, size int) {
		e := dir[id*cfbDirEntry : (id+1)*cfbDirEntry]
		for k, u := range name {
			le.PutUint16(e[2*k:], u)
		}
		le.PutUint16(e[64:], uint16(2*(len(name)+1)))
		e[66] = typ
		e[67] = 1 // black
		if isRed {
			e[67] = 0
		}
		le.PutUint32(e[68:], l)
		le.PutUint32(e[72:], r)
		le.PutUint32(e[76:], child)
		le.PutUint32(e[116:], first)
		le.PutUint64(e[120:], uint64(size))
	}
	rootMini := uint32(endOfChain)
	if len(mini) > 0 {
		rootMini = miniStart
	}
	putEntry(0, utf16.Encode([]rune("Root Entry")), 5, false, noStream, noStream, rootChild, rootMini, len(mini))
	for i, s := range streams {
		putEntry(i+1, names[i], 2, red[i], left[i], right[i], noStream, start[i], len(s.Data))
	}
	return out, nil
}

// buildTree arranges the streams (directory ids 1..n) as a balanced binary
// search tree in compound-file name order (shorter names first, then by upper
// case), colours it as a valid red-black tree, and returns the root's id.
func buildTree(names [][]uint16, left, right []uint32, red []bool) uint32 {
	order := make([]int, len(names))
	for i := range order {
		order[i] = i
	}
	upper := func(n []uint16) string { return strings.ToUpper(string(utf16.Decode(n))) }
	sort.Slice(order, func(a, b int) bool {
		na, nb := names[order[a]], names[order[b]]
		if len(na) != len(nb) {
			return len(na) < len(nb)
		}
		return upper(na) < upper(nb)
	})
	for i := range left {
		left[i], right[i] = noStream, noStream
	}
	maxDepth := 0
	var depth func(lo, hi, d int)
	depth = func(lo, hi, d int) {
		if lo >= hi {
			return
		}
		maxDepth = max(maxDepth, d)
		mid := (lo + hi) / 2
		depth(lo, mid, d+1)
		depth(mid+1, hi, d+1)
	}
	depth(0, len(order), 0)
	perfect := len(order)+1 == 1<<(maxDepth+1)
	var build func(lo, hi, d int) uint32
	build = func(lo, hi, d int) uint32 {
		if lo >= hi {
			return noStream
		}
		mid := (lo + hi) / 2
		i := order[mid]
		red[i] = !perfect && d == maxDepth
		left[i] = build(lo, mid, d+1)
		right[i] = build(mid+1, hi, d+1)
		return uint32(i + 1)
	}
	return build(0, len(order), 0)
}

// pseudoRandom returns n deterministic bytes that do not compress.
func pseudoRandom(n int, seed uint64) []byte {
	b := make([]byte, n)
	x := seed*0x9E3779B97F4A7C15 + 1
	for i := range b {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		b[i] = byte(x >> 24)
	}
	return b
}

// ---------------------------------------------------------------------------
// Zip packages.

// Entry is a file in a zip package.
type Entry struct {
	Name string
	Data []byte
}

// Zip writes the entries, deflated, in order, with no timestamps.
func Zip(entries ...Entry) []byte { return zipWith(zip.Deflate, entries) }

// Stored writes the entries uncompressed, in order, with no timestamps.
func Stored(entries ...Entry) []byte { return zipWith(zip.Store, entries) }

func zipWith(method uint16, entries []Entry) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.Name, Method: method})
		if err == nil {
			_, err = w.Write(e.Data)
		}
		if err != nil {
			panic("badfile: writing to memory: " + err.Error())
		}
	}
	if err := zw.Close(); err != nil {
		panic("badfile: writing to memory: " + err.Error())
	}
	return buf.Bytes()
}

// EmptyZip is a zip package with no entries (only the end record).
func EmptyZip() []byte { return Zip() }

// DocxLike is a zip package laid out as a Word document: a valid package
// without xl/workbook.xml.
func DocxLike() []byte {
	return Zip(
		Entry{"[Content_Types].xml", []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`)},
		Entry{"_rels/.rels", []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`)},
		Entry{"word/document.xml", []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>部门整体支出绩效自评报告</w:t></w:r></w:p></w:body></w:document>`)},
	)
}

// ManyEntries is a zip package, stored, of n empty entries besides a
// minimal workbook.
func ManyEntries(n int) []byte {
	entries := Book{Sheets: []Sheet{{Name: "Sheet1", Data: NumberRows(1)}}}.Entries()
	for i := range n {
		entries = append(entries, Entry{Name: "xl/media/f" + strconv.Itoa(i) + ".txt"})
	}
	return Stored(entries...)
}

// Entries reads every entry of a zip package.
func Entries(pkg []byte) ([]Entry, error) {
	zr, err := zip.NewReader(bytes.NewReader(pkg), int64(len(pkg)))
	if err != nil {
		return nil, err
	}
	out := make([]Entry, 0, len(zr.File))
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.Name, err)
		}
		data, err := io.ReadAll(io.LimitReader(rc, 64<<20))
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.Name, err)
		}
		out = append(out, Entry{Name: f.Name, Data: data})
	}
	return out, nil
}

// Rezip rewrites a zip package, passing each entry through edit, which
// returns the entry to write and whether to keep it.
func Rezip(pkg []byte, edit func(Entry) (Entry, bool)) ([]byte, error) {
	entries, err := Entries(pkg)
	if err != nil {
		return nil, err
	}
	kept := entries[:0]
	for _, e := range entries {
		if e, ok := edit(e); ok {
			kept = append(kept, e)
		}
	}
	return Zip(kept...), nil
}

// ReplaceEntry rewrites a zip package with the named entry's content
// replaced; it fails if there is no such entry.
func ReplaceEntry(pkg []byte, name string, data []byte) ([]byte, error) {
	found := false
	out, err := Rezip(pkg, func(e Entry) (Entry, bool) {
		if e.Name == name {
			found, e.Data = true, data
		}
		return e, true
	})
	if err == nil && !found {
		err = fmt.Errorf("no entry %q", name)
	}
	return out, err
}

// EditEntry rewrites a zip package with edit applied to the named entry.
func EditEntry(pkg []byte, name string, edit func([]byte) []byte) ([]byte, error) {
	entries, err := Entries(pkg)
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		if e.Name == name {
			return ReplaceEntry(pkg, name, edit(e.Data))
		}
	}
	return nil, fmt.Errorf("no entry %q", name)
}

// TruncateEntry rewrites a zip package with the named entry cut to its first
// n bytes; the package itself stays intact.
func TruncateEntry(pkg []byte, name string, n int) ([]byte, error) {
	return EditEntry(pkg, name, func(b []byte) []byte { return Truncate(b, n) })
}

// RemoveEntry rewrites a zip package without the named entry.
func RemoveEntry(pkg []byte, name string) ([]byte, error) {
	return Rezip(pkg, func(e Entry) (Entry, bool) { return e, e.Name != name })
}

// AddEntries rewrites a zip package with more entries at its end.
func AddEntries(pkg []byte, more ...Entry) ([]byte, error) {
	entries, err := Entries(pkg)
	if err != nil {
		return nil, err
	}
	return Zip(append(entries, more...)...), nil
}

// zipHeaders finds the central directory record and the local header of the
// named entry: their offsets in pkg.
func zipHeaders(pkg []byte, name string) (central, local int, err error) {
	le := binary.LittleEndian
	eocd := bytes.LastIndex(pkg, []byte("PK\x05\x06"))
	if eocd < 0 || eocd+22 > len(pkg) {
		return 0, 0, errors.New("no end of central directory record")
	}
	n := int(le.Uint16(pkg[eocd+10:]))
	off := int(le.Uint32(pkg[eocd+16:]))
	for range n {
		if off+46 > len(pkg) || !bytes.Equal(pkg[off:off+4], []byte("PK\x01\x02")) {
			return 0, 0, errors.New("bad central directory")
		}
		nameLen := int(le.Uint16(pkg[off+28:]))
		extra := int(le.Uint16(pkg[off+30:]))
		comment := int(le.Uint16(pkg[off+32:]))
		if off+46+nameLen > len(pkg) {
			return 0, 0, errors.New("bad central directory")
		}
		if string(pkg[off+46:off+46+nameLen]) == name {
			local := int(le.Uint32(pkg[off+42:]))
			if local+30 > len(pkg) || !bytes.Equal(pkg[local:local+4], []byte("PK\x03\x04")) {
				return 0, 0, errors.New("bad local header")
			}
			return off, local, nil
		}
		off += 46 + nameLen + extra + comment
	}
	return 0, 0, fmt.Errorf("no entry %q", name)
}

// PatchSize returns a copy of a zip package whose headers (central directory
// and local header) declare size bytes inflated for the named entry, whatever
// it really inflates to.
func PatchSize(pkg []byte, name string, size uint32) ([]byte, error) {
	central, local, err := zipHeaders(pkg, name)
	if err != nil {
		return nil, err
	}
	out := bytes.Clone(pkg)
	binary.LittleEndian.PutUint32(out[central+24:], size)
	binary.LittleEndian.PutUint32(out[local+22:], size)
	return out, nil
}

// PatchCRC returns a copy of a zip package whose headers carry a wrong CRC-32
// for the named entry.
func PatchCRC(pkg []byte, name string, crc uint32) ([]byte, error) {
	central, local, err := zipHeaders(pkg, name)
	if err != nil {
		return nil, err
	}
	out := bytes.Clone(pkg)
	binary.LittleEndian.PutUint32(out[central+16:], crc)
	binary.LittleEndian.PutUint32(out[local+14:], crc)
	return out, nil
}

// ---------------------------------------------------------------------------
// Zip bombs.

// bombChunk is the run of zeros compressed once and repeated.
const bombChunk = 1 << 20

// Zeros returns a raw deflate stream that inflates to n zero bytes, and the
// CRC-32 of those bytes. It is built with compress/flate without ever holding
// the n bytes: one MiB of zeros is compressed once against a window of zeros
// and the resulting blocks, which end on a byte boundary (a sync flush), are
// repeated. The stream is about n/1000 bytes long.
func Zeros(n int64) (stream []byte, crc uint32) {
	zeros := make([]byte, bombChunk)
	compress := func(dict []byte, size int) []byte {
		var buf bytes.Buffer
		w, _ := flate.NewWriterDict(&buf, flate.BestCompression, dict)
		_, _ = w.Write(zeros[:size])
		_ = w.Flush()
		return buf.Bytes()
	}
	window := zeros[:32<<10]
	full, rest := n/bombChunk, int(n%bombChunk)
	var out bytes.Buffer
	if full > 0 {
		first := compress(nil, bombChunk)
		next := compress(window, bombChunk)
		out.Grow(len(first) + int(full-1)*len(next) + 64)
		out.Write(first)
		for range full - 1 {
			out.Write(next)
		}
		for range full {
			crc = crc32.Update(crc, crc32.IEEETable, zeros)
		}
	}
	if rest > 0 {
		dict := window
		if full == 0 {
			dict = nil
		}
		out.Write(compress(dict, rest))
		crc = crc32.Update(crc, crc32.IEEETable, zeros[:rest])
	}
	// The final block: compress/flate closes with an empty stored block.
	var tail bytes.Buffer
	w, _ := flate.NewWriter(&tail, flate.BestCompression)
	_ = w.Flush()
	flushed := tail.Len()
	_ = w.Close()
	out.Write(tail.Bytes()[flushed:])
	return out.Bytes(), crc
}

// RawEntry is a zip entry given as its stored (already deflated) bytes and
// the header fields to declare for it, which may lie.
type RawEntry struct {
	Name     string
	Deflated []byte
	CRC32    uint32
	// Size is the inflated size the headers declare; Zip64 records are
	// written when it needs them.
	Size uint64
}

// ZipRaw writes plain entries and then raw ones into one package.
func ZipRaw(entries []Entry, raws ...RawEntry) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.Name, Method: zip.Deflate})
		if err == nil {
			_, err = w.Write(e.Data)
		}
		if err != nil {
			panic("badfile: writing to memory: " + err.Error())
		}
	}
	for _, r := range raws {
		w, err := zw.CreateRaw(&zip.FileHeader{
			Name:               r.Name,
			Method:             zip.Deflate,
			CRC32:              r.CRC32,
			CompressedSize64:   uint64(len(r.Deflated)),
			UncompressedSize64: r.Size,
		})
		if err == nil {
			_, err = w.Write(r.Deflated)
		}
		if err != nil {
			panic("badfile: writing to memory: " + err.Error())
		}
	}
	if err := zw.Close(); err != nil {
		panic("badfile: writing to memory: " + err.Error())
	}
	return buf.Bytes()
}

// Bomb is a workbook whose first worksheet, xl/worksheets/sheet1.xml,
// inflates to n zero bytes, with headers that declare the size honestly
// (Zip64 past 4 GiB).
func Bomb(n int64) []byte { return BombAt("xl/worksheets/sheet1.xml", n, uint64(n)) }

// LyingBomb is a workbook whose first worksheet inflates to n zero bytes
// while its headers declare declared bytes.
func LyingBomb(n int64, declared uint64) []byte {
	return BombAt("xl/worksheets/sheet1.xml", n, declared)
}

// BombAt is a one-sheet workbook with an entry of that name, which replaces
// the workbook's part of that name if there is one, that inflates to n zero
// bytes while its headers declare declared bytes.
func BombAt(name string, n int64, declared uint64) []byte {
	stream, crc := Zeros(n)
	return ZipRaw(nil, append(bookPartsWithout(name),
		RawEntry{Name: name, Deflated: stream, CRC32: crc, Size: declared})...)
}

// SpreadBomb is a workbook with parts extra media entries of n zero bytes
// each, headers honest: every entry is small enough on its own, their sum is
// not.
func SpreadBomb(parts int, n int64) []byte {
	stream, crc := Zeros(n)
	raws := bookPartsWithout("")
	for i := range parts {
		raws = append(raws, RawEntry{Name: "xl/media/image" + strconv.Itoa(i+1) + ".bin", Deflated: stream, CRC32: crc, Size: uint64(n)})
	}
	return ZipRaw(nil, raws...)
}

// bookPartsWithout returns a one-sheet workbook's parts as raw entries,
// leaving out the named part.
func bookPartsWithout(name string) []RawEntry {
	var out []RawEntry
	for _, e := range (Book{Sheets: []Sheet{{Name: "Sheet1", Data: NumberRows(1)}}}).Entries() {
		if e.Name == name {
			continue
		}
		var buf bytes.Buffer
		w, _ := flate.NewWriter(&buf, flate.DefaultCompression)
		_, _ = w.Write(e.Data)
		_ = w.Close()
		out = append(out, RawEntry{Name: e.Name, Deflated: buf.Bytes(), CRC32: crc32.ChecksumIEEE(e.Data), Size: uint64(len(e.Data))})
	}
	return out
}

// ---------------------------------------------------------------------------
// Workbooks written from scratch, with any XML inside.

// Book is a workbook to write part by part, so that any part may hold
// malformed content.
type Book struct {
	Sheets []Sheet
	// SharedStrings, when not nil, is written as xl/sharedStrings.xml.
	SharedStrings []string
	// Styles replaces the default xl/styles.xml when not empty.
	Styles string
}

// Sheet is one worksheet.
type Sheet struct {
	Name string
	// Data is the XML inside <sheetData>: rows and cells, as given.
	Data string
	// After is XML after </sheetData>, such as <mergeCells>.
	After string
	// Raw, when not nil, is the whole part instead of Data and After.
	Raw []byte
}

// Style indexes in the default styles part.
const (
	StyleGeneral  = 0 // General
	StyleFixed2   = 1 // 0.00
	StylePercent2 = 2 // 0.00%
	StyleCustom3  = 3 // custom "0.000"
	StyleCount    = 4 // cellXfs in the default styles part
)

const (
	nsMain  = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRel   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	xmlDecl = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
)

const defaultStyles = xmlDecl + `<styleSheet xmlns="` + nsMain + `">` +
	`<numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts>` +
	`<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
	`<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
	`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
	`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
	`<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
	`<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
	`<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
	`<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
	`<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`

func escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Entries returns the workbook's parts in a fixed order.
func (b Book) Entries() []Entry {
	var ct, wb, rels strings.Builder
	ct.WriteString(xmlDecl + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
		`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`)
	wb.WriteString(xmlDecl + `<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRel + `"><sheets>`)
	rels.WriteString(xmlDecl + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	var sheets []Entry
	for i, s := range b.Sheets {
		n := strconv.Itoa(i + 1)
		part := "xl/worksheets/sheet" + n + ".xml"
		ct.WriteString(`<Override PartName="/` + part + `" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
		wb.WriteString(`<sheet name="` + escape(s.Name) + `" sheetId="` + n + `" r:id="rId` + n + `"/>`)
		rels.WriteString(`<Relationship Id="rId` + n + `" Type="` + nsRel + `/worksheet" Target="worksheets/sheet` + n + `.xml"/>`)
		data := s.Raw
		if data == nil {
			data = []byte(xmlDecl + `<worksheet xmlns="` + nsMain + `" xmlns:r="` + nsRel + `"><sheetData>` +
				s.Data + `</sheetData>` + s.After + `</worksheet>`)
		}
		sheets = append(sheets, Entry{Name: part, Data: data})
	}
	k := len(b.Sheets)
	rels.WriteString(`<Relationship Id="rId` + strconv.Itoa(k+1) + `" Type="` + nsRel + `/styles" Target="styles.xml"/>`)
	var sst []Entry
	if b.SharedStrings != nil {
		ct.WriteString(`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`)
		rels.WriteString(`<Relationship Id="rId` + strconv.Itoa(k+2) + `" Type="` + nsRel + `/sharedStrings" Target="sharedStrings.xml"/>`)
		var sb strings.Builder
		sb.WriteString(xmlDecl + `<sst xmlns="` + nsMain + `" count="` + strconv.Itoa(len(b.SharedStrings)) +
			`" uniqueCount="` + strconv.Itoa(len(b.SharedStrings)) + `">`)
		for _, s := range b.SharedStrings {
			sb.WriteString(`<si><t xml:space="preserve">` + escape(s) + `</t></si>`)
		}
		sb.WriteString(`</sst>`)
		sst = append(sst, Entry{Name: "xl/sharedStrings.xml", Data: []byte(sb.String())})
	}
	ct.WriteString(`</Types>`)
	wb.WriteString(`</sheets></workbook>`)
	rels.WriteString(`</Relationships>`)
	styles := b.Styles
	if styles == "" {
		styles = defaultStyles
	}
	out := []Entry{
		{"[Content_Types].xml", []byte(ct.String())},
		{"_rels/.rels", []byte(xmlDecl + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="` + nsRel + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`)},
		{"xl/workbook.xml", []byte(wb.String())},
		{"xl/_rels/workbook.xml.rels", []byte(rels.String())},
		{"xl/styles.xml", []byte(styles)},
	}
	out = append(out, sheets...)
	return append(out, sst...)
}

// Bytes writes the workbook as a zip package.
func (b Book) Bytes() []byte { return Zip(b.Entries()...) }

// NumberRows returns n rows, row r holding the number r in column A.
func NumberRows(n int) string {
	var b strings.Builder
	for r := 1; r <= n; r++ {
		s := strconv.Itoa(r)
		b.WriteString(`<row r="` + s + `"><c r="A` + s + `"><v>` + s + `</v></c></row>`)
	}
	return b.String()
}

// ColumnName returns the letters of column col (from 1): 1 → "A", 16384 →
// "XFD".
func ColumnName(col int) string {
	var b []byte
	for col > 0 {
		col--
		b = append([]byte{byte('A' + col%26)}, b...)
		col /= 26
	}
	return string(b)
}

// MaxColumn and MaxRow are the last column (XFD) and row of a worksheet.
const (
	MaxColumn = 16384
	MaxRow    = 1048576
)

// ---------------------------------------------------------------------------
// Formulas saved without their results that cost to compute (issue 12):
// each workbook is a few KB, and a reader that computes them naively takes
// minutes or gigabytes.

// uncached is a formula cell without a saved result.
func uncached(ref, formula string) string {
	return `<c r="` + ref + `"><f>` + escape(formula) + `</f></c>`
}

// numberColumn is rows 1 to n with the number r in column A, and extra
// cells appended to row 1.
func numberColumn(n int, row1 string) string {
	var b strings.Builder
	for r := 1; r <= n; r++ {
		s := strconv.Itoa(r)
		b.WriteString(`<row r="` + s + `"><c r="A` + s + `"><v>` + s + `</v></c>`)
		if r == 1 {
			b.WriteString(row1)
		}
		b.WriteString(`</row>`)
	}
	return b.String()
}

// HugeSum is a sheet of 30 numbers (A1:A30) and, in XFD1, the formula
// SUM(A1:XFC1048575) without its result: expanded cell by cell, a range of
// 17 billion cells.
func HugeSum() []byte {
	return Book{Sheets: []Sheet{{Name: "Sheet1", Data: numberColumn(30, uncached("XFD1", "SUM(A1:XFC1048575)"))}}}.Bytes()
}

// WideSum is HugeSum with SUM(A1:XFC1000): 16 million cells.
func WideSum() []byte {
	return Book{Sheets: []Sheet{{Name: "Sheet1", Data: numberColumn(30, uncached("XFD1", "SUM(A1:XFC1000)"))}}}.Bytes()
}

// ManySums is a sheet with the numbers 1 to 1000 in A1:A1000, 1 in Z1000,
// and n cells AB1, AB2, … each SUM(A1:Z1000) without its result.
func ManySums(n int) []byte {
	var b strings.Builder
	for r := 1; r <= 1000; r++ {
		s := strconv.Itoa(r)
		b.WriteString(`<row r="` + s + `"><c r="A` + s + `"><v>` + s + `</v></c>`)
		if r == 1000 {
			b.WriteString(`<c r="Z1000"><v>1</v></c>`)
		}
		if r <= n {
			b.WriteString(uncached("AB"+s, "SUM(A1:Z1000)"))
		}
		b.WriteString(`</row>`)
	}
	for r := 1001; r <= n; r++ {
		s := strconv.Itoa(r)
		b.WriteString(`<row r="` + s + `">` + uncached("AB"+s, "SUM(A1:Z1000)") + `</row>`)
	}
	return Book{Sheets: []Sheet{{Name: "Sheet1", Data: b.String()}}}.Bytes()
}

// ReferencedRept has REPT("x",1E9) in A1, without its result, and in B1 and
// C1 formulas that refer to it (=A1, =SUM(A1:B1)), without theirs: computed,
// A1 would hold a gigabyte.
func ReferencedRept() []byte {
	return Book{Sheets: []Sheet{{Name: "Sheet1", Data: `<row r="1">` +
		uncached("A1", `REPT("x",1E9)`) + uncached("B1", "A1") + uncached("C1", "SUM(A1:B1)") + `</row>`}}}.Bytes()
}

// FormulaCycle is the circular reference of issue 12, without saved
// results: C8 holds 4, D8 =E8*C8 and E8 =D8/C8.
func FormulaCycle() []byte {
	return Book{Sheets: []Sheet{{Name: "Sheet1", Data: `<row r="8"><c r="C8"><v>4</v></c>` +
		uncached("D8", "E8*C8") + uncached("E8", "D8/C8") + `</row>`}}}.Bytes()
}

// DamagedPartFormulas is a workbook of 20 formulas without saved results
// (B1:B20, each =A*2 of its row, A the row number) whose part of that name,
// "xl/styles.xml" or "_rels/.rels", is cut in half: damage a reader can do
// without, but which stops one that must parse every part.
func DamagedPartFormulas(part string) ([]byte, error) {
	var b strings.Builder
	for r := 1; r <= 20; r++ {
		s := strconv.Itoa(r)
		b.WriteString(`<row r="` + s + `"><c r="A` + s + `"><v>` + s + `</v></c>` + uncached("B"+s, "A"+s+"*2") + `</row>`)
	}
	book := Book{Sheets: []Sheet{{Name: "Sheet1", Data: b.String()}}}.Bytes()
	return EditEntry(book, part, func(data []byte) []byte { return data[:len(data)/2] })
}

// CostlyFormulas returns the workbooks above by name, for tests and for
// measuring a reader's time and memory on them.
func CostlyFormulas() []Sample {
	styles, _ := DamagedPartFormulas("xl/styles.xml")
	rels, _ := DamagedPartFormulas("_rels/.rels")
	return []Sample{
		{"huge-sum", HugeSum()},
		{"wide-sum", WideSum()},
		{"many-sums", ManySums(300)},
		{"referenced-rept", ReferencedRept()},
		{"formula-cycle", FormulaCycle()},
		{"damaged-styles", styles},
		{"damaged-rels", rels},
	}
}
