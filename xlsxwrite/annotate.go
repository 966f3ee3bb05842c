package xlsxwrite

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/xuri/excelize/v2"
)

// CommentAuthor is the author of the comments Annotate adds.
const CommentAuthor = "jixiao"

// Fill is a background colour for a marked cell. The colours are those of
// Excel's "Bad" and "Neutral" cell styles, readable in print and on screen.
type Fill uint8

// The fills, from none to the strongest; when several notes fall on one cell
// the strongest fill wins.
const (
	FillNone   Fill = iota // leave the cell's fill as it is
	FillYellow             // light yellow, FFEB9C: warnings
	FillRed                // light red, FFC7CE: errors
)

// RGB returns the colour as six hexadecimal digits, or "" for FillNone.
func (f Fill) RGB() string {
	switch f {
	case FillRed:
		return "FFC7CE"
	case FillYellow:
		return "FFEB9C"
	}
	return ""
}

// Note is a comment to put on one cell, with the fill to give it.
type Note struct {
	Ref  xlsx.Ref
	Text string
	Fill Fill
}

// SummarySheet is a sheet that Annotate inserts in front of the others: a
// few free rows (Preamble), then a table with a bold header row.
type SummarySheet struct {
	// Name of the sheet. Characters a sheet name cannot hold ([]:*?/\) are
	// replaced by "_", the name is cut to 31 characters, and when the
	// workbook already has a sheet of that name " (2)", " (3)", … is added.
	Name string
	// Preamble rows are written from row 1, one cell per column: a title,
	// the file, a verdict, a small table of their own. The last cell of a
	// preamble row may be as long as it likes: it runs over the empty
	// columns to its right and does not widen its column.
	Preamble [][]SummaryCell
	// Header heads the table, one blank row below the preamble (or in row
	// 1 without one); nil writes the rows without a header.
	Header []string
	// Rows are the table's rows. Long texts wrap within their column.
	Rows [][]SummaryCell
}

// SummaryCell is one cell of a SummarySheet.
type SummaryCell struct {
	Text string
	// Link, when not zero, makes the cell a hyperlink to that cell of the
	// workbook, such as 部门整体支出绩效自评表!B16.
	Link xlsx.Ref
	Bold bool
	Fill Fill
}

// AnnotateOptions say how to write an annotated copy.
type AnnotateOptions struct {
	// Password encrypts the copy; "" writes it plain. Give the password
	// the input was opened with, so that the copy is as protected as the
	// original.
	Password string
	// MaxUnzipSize bounds the inflated size of the package while it is
	// edited, as xlsx.Options.MaxUnzipSize does for reading.
	MaxUnzipSize int64
}

// Annotate writes to w a copy of the workbook package pkg in which each note
// is a comment on its cell and the cell has the note's fill, and, when
// summary is not nil, a summary sheet is inserted as the first and active
// sheet.
//
// pkg is the plaintext zip package of a workbook that has been read (the
// bytes xlsx.Plaintext gives): Annotate never opens a file, never reads or
// decrypts its input again, and does not check it as xlsx.Open does, since
// the caller already has. A damaged package is an error wrapping
// xlsx.ErrCorrupt, never a panic.
//
// Several notes on one cell make one comment, their texts in order and
// separated by a blank line, with the strongest of their fills; a comment the
// cell already has is kept in front of them. A note on a cell inside a merged
// range goes to the range's top-left cell and fills the whole range. The fill
// replaces only the cell's background: its number format, font, borders and
// alignment are kept.
func Annotate(w io.Writer, pkg []byte, notes []Note, summary *SummarySheet, opts AnnotateOptions) error {
	f, err := openForEdit(pkg, opts)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := undoEarlier(f); err != nil {
		return err
	}
	a := &annotator{f: f, fills: map[annFillKey]int{}, looks: map[annLook]int{}, merges: map[string][]excelize.MergeCell{}}
	if font, err := f.GetDefaultFont(); err == nil {
		a.font = font
	}
	if err := a.addNotes(notes); err != nil {
		return err
	}
	if summary != nil {
		if err := a.addSummary(summary); err != nil {
			return err
		}
	}
	if err := a.marks.write(f); err != nil {
		return err
	}
	if err := a.pageSetups(); err != nil {
		return err
	}
	out, err := saveEdited(f, "")
	if err != nil {
		return err
	}
	if out, err = printComments(out); err != nil {
		return err
	}
	if opts.Password != "" { // encrypted as the input was, once the package is final
		if out, err = encrypt(out, opts); err != nil {
			return err
		}
	}
	_, err = w.Write(out)
	return err
}

// openForEdit opens a plaintext package with excelize for editing, within
// the unzip limit.
func openForEdit(pkg []byte, opts AnnotateOptions) (f *excelize.File, err error) {
	defer func() {
		if p := recover(); p != nil {
			f, err = nil, fmt.Errorf("xlsxwrite: %w: the package cannot be edited: %v", xlsx.ErrCorrupt, p)
		}
	}()
	limit := xlsx.Options{MaxUnzipSize: opts.MaxUnzipSize}.UnzipLimit()
	if f, err = excelize.OpenReader(bytes.NewReader(pkg), excelize.Options{UnzipSizeLimit: limit, UnzipXMLSizeLimit: limit}); err != nil {
		return nil, fmt.Errorf("xlsxwrite: %w: %v", xlsx.ErrCorrupt, err)
	}
	return f, nil
}

// saveEdited returns the bytes of an edited workbook, encrypted with the
// password when there is one.
func saveEdited(f *excelize.File, password string) (data []byte, err error) {
	defer func() {
		if p := recover(); p != nil {
			data, err = nil, fmt.Errorf("xlsxwrite: writing the workbook failed: %v", p)
		}
	}()
	var buf bytes.Buffer
	if _, err := f.WriteTo(&buf, excelize.Options{Password: password}); err != nil {
		return nil, fmt.Errorf("xlsxwrite: writing the workbook: %w", err)
	}
	return buf.Bytes(), nil
}

// pageSetups gives each sheet the annotation commented a page setup (its
// own, unchanged), for printComments to mark.
func (a *annotator) pageSetups() error {
	for _, sheet := range a.f.GetSheetList() {
		cs, err := a.f.GetComments(sheet)
		if err != nil || len(cs) == 0 {
			continue
		}
		lo, err := a.f.GetPageLayout(sheet)
		if err != nil {
			return fmt.Errorf("xlsx: page setup of %q: %w", sheet, err)
		}
		bw := lo.BlackAndWhite != nil && *lo.BlackAndWhite
		if err := a.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{BlackAndWhite: &bw}); err != nil {
			return fmt.Errorf("xlsx: page setup of %q: %w", sheet, err)
		}
	}
	return nil
}

// encrypt writes a finished package again, encrypted with the password.
func encrypt(pkg []byte, opts AnnotateOptions) ([]byte, error) {
	f, err := openForEdit(pkg, opts)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return saveEdited(f, opts.Password)
}

// annotator edits one open workbook. Its caches keep one new style per
// (original style, fill) and per summary look.
type annotator struct {
	f      *excelize.File
	fills  map[annFillKey]int
	looks  map[annLook]int
	merges map[string][]excelize.MergeCell
	font   string // the workbook's default font, for the summary sheet
	marks  marks  // what the annotation changes, to undo it next time
}

type annFillKey struct {
	style int
	fill  Fill
}

// annTarget is a cell that gets a comment: the notes' texts and the cells to
// fill (the merged range, or the cell alone).
type annTarget struct {
	sheet, cell string
	texts       []string
	fill        Fill
	area        [4]int // col1, row1, col2, row2
}

func (a *annotator) addNotes(notes []Note) error {
	var order []*annTarget
	byCell := map[string]*annTarget{}
	for _, n := range notes {
		if !a.hasSheet(n.Ref.Sheet) {
			return fmt.Errorf("xlsx: note on %s: no sheet %q", n.Ref, n.Ref.Sheet)
		}
		if n.Ref.Col < 1 || n.Ref.Col > xlsx.MaxColNumber || n.Ref.Row < 1 || n.Ref.Row > xlsx.MaxRowNumber {
			return fmt.Errorf("xlsx: note on %s: not a cell", n.Ref)
		}
		area, err := a.mergedArea(n.Ref)
		if err != nil {
			return err
		}
		anchor := xlsx.Ref{Sheet: n.Ref.Sheet, Col: area[0], Row: area[1]}
		key := anchor.String()
		t := byCell[key]
		if t == nil {
			t = &annTarget{sheet: anchor.Sheet, cell: anchor.A1(), area: area}
			byCell[key] = t
			order = append(order, t)
		}
		if text := strings.TrimSpace(n.Text); text != "" && !slices.Contains(t.texts, text) {
			t.texts = append(t.texts, text)
		}
		t.fill = max(t.fill, n.Fill)
	}
	existing := map[string]map[string]excelize.Comment{} // sheet → cell → comment
	for _, t := range order {
		if len(t.texts) > 0 {
			old, ok := existing[t.sheet]
			if !ok {
				var err error
				if old, err = a.comments(t.sheet); err != nil {
					return err
				}
				existing[t.sheet] = old
			}
			prior, had := old[t.cell]
			if err := a.comment(t, prior, had); err != nil {
				return err
			}
		}
		if t.fill == FillNone {
			continue
		}
		for row := t.area[1]; row <= t.area[3]; row++ {
			for col := t.area[0]; col <= t.area[2]; col++ {
				if err := a.fillCell(t.sheet, xlsx.Ref{Col: col, Row: row}.A1(), t.fill); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func (a *annotator) hasSheet(name string) bool {
	return slices.Contains(a.f.GetSheetList(), name)
}

// mergedArea returns the merged range ref lies in, or ref's own cell, as
// col1, row1, col2, row2.
func (a *annotator) mergedArea(ref xlsx.Ref) ([4]int, error) {
	ms, ok := a.merges[ref.Sheet]
	if !ok {
		var err error
		if ms, err = a.f.GetMergeCells(ref.Sheet, true); err != nil {
			return [4]int{}, fmt.Errorf("xlsx: merged cells of %q: %w", ref.Sheet, err)
		}
		a.merges[ref.Sheet] = ms
	}
	for _, m := range ms {
		c1, r1, ok1 := xlsx.ParseA1(m.GetStartAxis())
		c2, r2, ok2 := xlsx.ParseA1(m.GetEndAxis())
		if ok1 && ok2 && ref.Col >= c1 && ref.Col <= c2 && ref.Row >= r1 && ref.Row <= r2 {
			return [4]int{c1, r1, c2, r2}, nil
		}
	}
	return [4]int{ref.Col, ref.Row, ref.Col, ref.Row}, nil
}

// comments returns each comment already on a sheet, by cell.
func (a *annotator) comments(sheet string) (map[string]excelize.Comment, error) {
	cs, err := a.f.GetComments(sheet)
	if err != nil {
		return nil, fmt.Errorf("xlsx: comments of %q: %w", sheet, err)
	}
	out := map[string]excelize.Comment{}
	for _, c := range cs {
		out[c.Cell] = c
	}
	return out, nil
}

// comment puts the target's texts on its cell, after the comment the cell
// already has, if any (excelize allows one comment per cell).
func (a *annotator) comment(t *annTarget, prior excelize.Comment, had bool) error {
	a.marks.commented(t.sheet, t.cell, prior, had)
	texts := t.texts
	if had {
		if err := a.f.DeleteComment(t.sheet, t.cell); err != nil {
			return fmt.Errorf("xlsx: comment on %s!%s: %w", t.sheet, t.cell, err)
		}
		if old := strings.TrimSpace(commentText(prior)); old != "" {
			texts = append([]string{old}, texts...)
		}
	}
	text := strings.Join(texts, "\n\n")
	width, height := commentBox(text)
	err := a.f.AddComment(t.sheet, excelize.Comment{Author: CommentAuthor, Cell: t.cell, Text: text, Width: width, Height: height})
	if err != nil {
		return fmt.Errorf("xlsx: comment on %s!%s: %w", t.sheet, t.cell, err)
	}
	return nil
}

// commentBox sizes a comment box in pixels so that the text shows without
// scrolling: 320 pixels wide, about 22 half-width characters of 7 pixels
// and wide characters of 14 per line, 17 pixels a line.
func commentBox(text string) (width, height uint) {
	const perLine = 300 / 7
	lines := 0
	for _, line := range strings.Split(text, "\n") {
		lines += max(1, (present.Width(line)+perLine-1)/perLine)
	}
	return 320, uint(min(12+17*lines, 600))
}

// fillCell gives a cell the fill, keeping the rest of its style.
func (a *annotator) fillCell(sheet, cell string, fill Fill) error {
	id, err := a.f.GetCellStyle(sheet, cell)
	if err != nil {
		return fmt.Errorf("xlsx: style of %s!%s: %w", sheet, cell, err)
	}
	a.marks.styled(sheet, cell, id)
	key := annFillKey{style: id, fill: fill}
	nid, ok := a.fills[key]
	if !ok {
		st := a.styleOf(id)
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{fill.RGB()}}
		if nid, err = a.f.NewStyle(st); err != nil {
			return fmt.Errorf("xlsx: style of %s!%s: %w", sheet, cell, err)
		}
		a.fills[key] = nid
	}
	if err := a.f.SetCellStyle(sheet, cell, cell, nid); err != nil {
		return fmt.Errorf("xlsx: style of %s!%s: %w", sheet, cell, err)
	}
	return nil
}

// styleOf reads a style for NewStyle to copy. excelize reads a colour, even
// one given as plain RGB, only when the workbook has a theme part, which
// files saved by LibreOffice lack: without one a border's colour reads as ""
// and NewStyle would write it as the invalid rgb="FF". So the default theme
// of a new excelize file stands in while the style is read (and only then:
// a theme set when the file is written would add a part the package does
// not declare), and a colour that still reads as "" (automatic) is written
// as black, which is what automatic shows.
func (a *annotator) styleOf(id int) *excelize.Style {
	if a.f.Theme == nil {
		stand := excelize.NewFile()
		a.f.Theme = stand.Theme
		defer func() {
			a.f.Theme = nil
			stand.Close()
		}()
	}
	st, err := a.f.GetStyle(id)
	if err != nil || st == nil {
		return &excelize.Style{}
	}
	for i := range st.Border {
		if st.Border[i].Color == "" {
			st.Border[i].Color = "000000"
		}
	}
	return st
}

// annLook is the look of a summary cell.
type annLook struct {
	bold, header, link, wrap bool
	fill                     Fill
}

func (a *annotator) look(l annLook) (int, error) {
	if id, ok := a.looks[l]; ok {
		return id, nil
	}
	st := &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: l.wrap}}
	font := &excelize.Font{Bold: l.bold || l.header, Size: 11, Family: a.font}
	if l.link {
		font.Color, font.Underline = "0563C1", "single"
	}
	st.Font = font
	switch {
	case l.fill != FillNone:
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{l.fill.RGB()}}
	case l.header:
		st.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9D9D9"}}
	}
	if l.header {
		side := func(t string) excelize.Border { return excelize.Border{Type: t, Color: "808080", Style: 1} }
		st.Border = []excelize.Border{side("left"), side("right"), side("top"), side("bottom")}
	}
	id, err := a.f.NewStyle(st)
	if err != nil {
		return 0, err
	}
	a.looks[l] = id
	return id, nil
}

// Column widths of the summary sheet, in characters.
const (
	summaryMinWidth = 6
	summaryMaxWidth = 60
)

func (a *annotator) addSummary(s *SummarySheet) error {
	sheets := a.f.GetSheetList()
	name := uniqueSheetName(sanitizeSheetName(s.Name), sheets)
	a.marks.summary = name
	if _, err := a.f.NewSheet(name); err != nil {
		return fmt.Errorf("xlsx: summary sheet %q: %w", name, err)
	}
	widths := map[int]int{}
	row := 1
	for _, cells := range s.Preamble {
		last := len(cells) - 1
		for last >= 0 && cells[last].Text == "" {
			last--
		}
		for i, c := range cells {
			if err := a.summaryCell(name, i+1, row, c, annLook{bold: c.Bold, fill: c.Fill}); err != nil {
				return err
			}
			if i < last {
				widths[i+1] = max(widths[i+1], textWidth(c.Text))
			}
		}
		row++
	}
	if len(s.Preamble) > 0 && (s.Header != nil || len(s.Rows) > 0) {
		row++
	}
	for i, h := range s.Header {
		if err := a.summaryCell(name, i+1, row, SummaryCell{Text: h}, annLook{header: true}); err != nil {
			return err
		}
		widths[i+1] = max(widths[i+1], textWidth(h))
	}
	headerRow := 0
	if s.Header != nil {
		headerRow = row
		row++
	}
	for _, cells := range s.Rows {
		for i, c := range cells {
			widths[i+1] = max(widths[i+1], textWidth(c.Text))
		}
	}
	for _, cells := range s.Rows {
		lines := 1
		for i, c := range cells {
			w := textWidth(c.Text)
			l := annLook{bold: c.Bold, fill: c.Fill, wrap: w > summaryMaxWidth}
			if err := a.summaryCell(name, i+1, row, c, l); err != nil {
				return err
			}
			lines = max(lines, (w+summaryMaxWidth-1)/summaryMaxWidth)
		}
		if lines > 1 { // a wrapped row tall enough for its lines, on screen and printed
			if err := a.f.SetRowHeight(name, row, float64(15*lines)); err != nil {
				return err
			}
		}
		row++
	}
	for col, w := range widths {
		letter := xlsx.ColumnName(col)
		width := float64(min(max(w+2, summaryMinWidth), summaryMaxWidth))
		if err := a.f.SetColWidth(name, letter, letter, width); err != nil {
			return err
		}
	}
	// Printed: A4 landscape, one page wide, the header row on every page.
	landscape, a4, wide, tall, fit := "landscape", 9, 1, 0, true
	if err := a.f.SetPageLayout(name, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape, FitToWidth: &wide, FitToHeight: &tall}); err != nil {
		return fmt.Errorf("xlsx: summary sheet %q: %w", name, err)
	}
	if headerRow > 0 {
		titles := fmt.Sprintf("'%s'!$%d:$%d", strings.ReplaceAll(name, "'", "''"), headerRow, headerRow)
		if err := a.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: titles, Scope: name}); err != nil {
			return fmt.Errorf("xlsx: summary sheet %q: %w", name, err)
		}
	}
	if err := a.f.SetSheetProps(name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return fmt.Errorf("xlsx: summary sheet %q: %w", name, err)
	}
	if err := a.moveFirst(name, sheets[0]); err != nil {
		return err
	}
	a.f.SetActiveSheet(0)
	return nil
}

func (a *annotator) summaryCell(sheet string, col, row int, c SummaryCell, l annLook) error {
	if c.Text == "" && c.Fill == FillNone {
		return nil
	}
	cell := xlsx.Ref{Col: col, Row: row}.A1()
	if err := a.f.SetCellStr(sheet, cell, c.Text); err != nil {
		return fmt.Errorf("xlsx: summary %s: %w", cell, err)
	}
	if !c.Link.IsZero() {
		if !a.hasSheet(c.Link.Sheet) {
			return fmt.Errorf("xlsx: summary %s links to %s: no such sheet", cell, c.Link)
		}
		tip := c.Link.String()
		if err := a.f.SetCellHyperLink(sheet, cell, linkLocation(c.Link), "Location", excelize.HyperlinkOpts{Tooltip: &tip}); err != nil {
			return fmt.Errorf("xlsx: summary %s: %w", cell, err)
		}
		l.link = true
	}
	id, err := a.look(l)
	if err != nil {
		return err
	}
	return a.f.SetCellStyle(sheet, cell, cell, id)
}

// moveFirst moves the sheet before first. excelize's MoveSheet leaves the
// sheet indices of sheet-scoped defined names (print areas, print titles)
// as they were, which would point them at the wrong sheet, so those names
// are taken out before the move and put back after it.
func (a *annotator) moveFirst(name, first string) error {
	var scoped []excelize.DefinedName
	for _, dn := range a.f.GetDefinedName() {
		if dn.Scope != "" && dn.Scope != "Workbook" {
			scoped = append(scoped, dn)
		}
	}
	for i := range scoped {
		if err := a.f.DeleteDefinedName(&scoped[i]); err != nil {
			return fmt.Errorf("xlsx: defined name %s: %w", scoped[i].Name, err)
		}
	}
	if err := a.f.MoveSheet(name, first); err != nil {
		return fmt.Errorf("xlsx: summary sheet %q: %w", name, err)
	}
	for i := range scoped {
		if err := a.f.SetDefinedName(&scoped[i]); err != nil {
			return fmt.Errorf("xlsx: defined name %s: %w", scoped[i].Name, err)
		}
	}
	return nil
}

// linkLocation is the hyperlink location of a cell inside the workbook, with
// the sheet name always quoted: '部门整体支出绩效自评表'!B16 (a quote inside
// the name is doubled).
func linkLocation(ref xlsx.Ref) string {
	return "'" + strings.ReplaceAll(ref.Sheet, "'", "''") + "'!" + ref.A1()
}

// maxSheetName is the longest sheet name Excel accepts, in characters.
const maxSheetName = 31

func sanitizeSheetName(name string) string {
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) {
			return '_'
		}
		return r
	}, strings.TrimSpace(name))
	name = strings.Trim(name, "'")
	if name == "" {
		name = "Summary"
	}
	return truncateRunes(name, maxSheetName)
}

// uniqueSheetName adds " (2)", " (3)", … to name until no sheet has it
// (sheet names are compared without case, as Excel does).
func uniqueSheetName(name string, taken []string) string {
	free := func(n string) bool {
		return !slices.ContainsFunc(taken, func(t string) bool { return strings.EqualFold(t, n) })
	}
	if free(name) {
		return name
	}
	for i := 2; ; i++ {
		suffix := fmt.Sprintf(" (%d)", i)
		n := truncateRunes(name, maxSheetName-utf8.RuneCountInString(suffix)) + suffix
		if free(n) {
			return n
		}
	}
}

func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// textWidth is the display width of the widest line of s.
func textWidth(s string) int {
	w := 0
	for _, line := range strings.Split(s, "\n") {
		w = max(w, present.Width(line))
	}
	return w
}
