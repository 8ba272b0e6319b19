package io.billcycle.export;

import java.nio.file.Path;

/** A published export file and its manifest. */
public record ExportedFile(Path csv, Path manifest, ExportManifest description) {
}
