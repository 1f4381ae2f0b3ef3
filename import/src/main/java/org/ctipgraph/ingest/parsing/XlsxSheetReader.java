package org.ctipgraph.ingest.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.ctipgraph.ingest.SheetGrid;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the cells of an OOXML workbook ({@code .xlsx}, {@code .xlsm}) by streaming each sheet's XML, as
 * Tika itself reads it, rather than building POI's object model of the whole workbook. The worker has
 * already parsed the same file with Tika for its text; this second pass is the price of the numbers, so
 * it is kept to one SAX scan per sheet (measured: the object model cost as much as Tika's whole parse).
 *
 * <p>A cell's text is what Excel displays: its number format applied to the stored value, the cached
 * result of a formula, the shared or inline string. Its number is the stored value of a numeric cell
 * whose format is not a date.
 */
final class XlsxSheetReader {

    private XlsxSheetReader() {
    }

    /** Every sheet, in workbook order. */
    static List<SheetGrid> read(Path file) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg, true);
            SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
            XMLReader xml = XMLHelper.newXMLReader();
            NumberFormats formats = new NumberFormats();
            try (InputStream styles = reader.getStylesData()) {
                xml.setContentHandler(formats);
                xml.parse(new InputSource(styles));
            } catch (InvalidFormatException | IOException noStyles) {
                // A workbook without a styles part: every cell is in the General format.
            }
            DataFormatter formatter = new DataFormatter();
            List<SheetGrid> grids = new ArrayList<>();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    Cells cells = new Cells(strings, formats, formatter);
                    xml.setContentHandler(cells);
                    xml.parse(new InputSource(sheet));
                    grids.add(new SheetGrid(grids.size() + 1, sheets.getSheetName(), cells.text, cells.numbers));
                }
            }
            return grids;
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw new IOException("workbook not readable: " + e.getMessage(), e);
        }
    }

    /** The SAX handler of one sheet's {@code sheetData}: rows of {@code <c>} elements. */
    private static final class Cells extends DefaultHandler {
        private final SharedStrings strings;
        private final NumberFormats formats;
        private final DataFormatter formatter;
        final List<List<String>> text = new ArrayList<>();
        final List<List<Double>> numbers = new ArrayList<>();

        private int row = -1;
        private int column = -1;
        private String type;
        private String style;
        private final StringBuilder value = new StringBuilder();
        private boolean inValue;
        private boolean inInlineString;
        private boolean inPhonetic;

        Cells(SharedStrings strings, NumberFormats formats, DataFormatter formatter) {
            this.strings = strings;
            this.formats = formats;
            this.formatter = formatter;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                    column = -1;
                    rowAt(row);
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref == null ? column + 1 : new CellReference(ref).getCol();
                    type = atts.getValue("t");
                    style = atts.getValue("s");
                    value.setLength(0);
                }
                case "v" -> inValue = true;
                case "is" -> inInlineString = true;
                case "rPh" -> inPhonetic = true;
                case "t" -> inValue = inInlineString && !inPhonetic;
                default -> {
                    // Formulas, comments' anchors, sheet properties: not cell values.
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "is" -> inInlineString = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> put(row, column);
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        private void put(int r, int c) {
            if (r < 0 || c < 0) {
                return;
            }
            List<String> texts = rowAt(r);
            List<Double> values = numbers.get(r);
            while (texts.size() <= c) {
                texts.add("");
                values.add(null);
            }
            String raw = value.toString();
            String shown;
            Double number = null;
            if (type == null || type.equals("n")) {
                shown = raw;
                if (!raw.isBlank()) {
                    double d = Double.parseDouble(raw);
                    int formatIndex = formats.indexOf(style == null ? 0 : Integer.parseInt(style));
                    String format = formats.formatString(formatIndex);
                    shown = format == null ? raw : formatter.formatRawCellContents(d, formatIndex, format);
                    if (!(DateUtil.isADateFormat(formatIndex, format) && DateUtil.isValidExcelDate(d))) {
                        number = d;
                    }
                }
            } else if (type.equals("s")) {
                shown = raw.isBlank() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            } else if (type.equals("b")) {
                shown = raw.strip().equals("1") ? "TRUE" : "FALSE";
            } else {
                // inlineStr, str (a formula's text result), e (an error such as #DIV/0!), d (ISO date)
                shown = raw;
            }
            texts.set(c, shown.strip());
            values.set(c, number);
        }

        private List<String> rowAt(int r) {
            while (text.size() <= r) {
                text.add(new ArrayList<>());
                numbers.add(new ArrayList<>());
            }
            return text.get(r);
        }
    }

    /**
     * The number formats of {@code styles.xml}: which format each cell style ({@code cellXfs/xf}) applies, and
     * the workbook's own format codes. Read with SAX: POI's {@code StylesTable} builds the fonts, fills,
     * borders and theme too, and that cost more than reading every cell of a small workbook.
     */
    private static final class NumberFormats extends DefaultHandler {
        private final Map<Integer, String> custom = new HashMap<>();
        private final List<Integer> styleFormats = new ArrayList<>();
        private boolean inCellStyles;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "numFmt" -> {
                    String id = atts.getValue("numFmtId");
                    String code = atts.getValue("formatCode");
                    if (id != null && code != null) {
                        custom.put(Integer.parseInt(id), code);
                    }
                }
                case "cellXfs" -> inCellStyles = true;
                case "xf" -> {
                    if (inCellStyles) {
                        String id = atts.getValue("numFmtId");
                        styleFormats.add(id == null ? 0 : Integer.parseInt(id));
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if ("cellXfs".equals(localName)) {
                inCellStyles = false;
            }
        }

        /** The format index of a cell style; General (0) for an unknown style. */
        int indexOf(int cellStyle) {
            return cellStyle >= 0 && cellStyle < styleFormats.size() ? styleFormats.get(cellStyle) : 0;
        }

        /** The format code of a format index: the workbook's own, else Excel's built-in one. */
        String formatString(int formatIndex) {
            String code = custom.get(formatIndex);
            return code != null ? code : BuiltinFormats.getBuiltinFormat(formatIndex);
        }
    }
}
