package io.billcycle.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.billcycle.batch.UsageException;
import io.billcycle.text.CardNumbers;

/**
 * Reads a small text file an operator hands over (a message, a report template) with the same checks as the imports:
 * missing, a directory, empty, compressed, binary, not UTF-8 (a Latin-1 export, say), a NUL byte anywhere, a line that
 * looks like a card number. Each refusal is one line naming the option, the file and, where it applies, the line.
 */
public final class TextInput {

    private TextInput() {
    }

    /**
     * The file's text, line ends as LF, without a byte-order mark.
     *
     * @param option the option that named the file, e.g. {@code --override-file}
     */
    public static String read(Path file, String option) {
        String label = option + " " + file;
        byte[] head = FileChecks.sniff(file, label, "text file", "there is nothing to read");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UsageException(label + ": cannot be read: " + e.getMessage());
        }
        String text;
        try {
            int skip = FileChecks.startsWith(head, 0xef, 0xbb, 0xbf) ? 3 : 0;
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw FileChecks.notText(label, "text file", "it is not UTF-8 text; save it as UTF-8");
        }
        text = text.replace("\r\n", "\n");
        List<String> problems = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int n = 0; n < lines.size(); n++) {
            if (lines.get(n).indexOf('\u0000') >= 0) {
                problems.add(label + ", line " + (n + 1) + " holds a NUL byte: the file has binary data in it");
            } else if (CardNumbers.looksLikeCard(lines.get(n))) {
                problems.add(label + ", line " + (n + 1) + " looks like a card number: billcycle never takes card numbers");
            }
        }
        UsageException.ifAny(problems);
        return text;
    }
}
