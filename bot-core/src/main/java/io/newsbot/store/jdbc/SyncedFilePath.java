package io.newsbot.store.jdbc;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.h2.store.fs.FileUtils;

/**
 * An H2 file system ({@code nbsync:} prefix) that opens every writable file with {@link StandardOpenOption#DSYNC}, so
 * each write H2 makes reaches the disk before the write returns. H2 itself never forces its file on commit (only on
 * a clean close), so without this a commit that it has written to the file would survive a killed process but not
 * a power cut. Paired with {@code WRITE_DELAY=0}, which makes every commit write its changes before it returns.
 */
public final class SyncedFilePath extends FilePathWrapper {
    static final String SCHEME = "nbsync";

    /**
     * Makes the prefix known to H2. H2 keeps file systems in one registry per class loader, so this is global by
     * H2's design; registering again replaces the same provider and is harmless.
     */
    static void register() {
        FilePath.register(new SyncedFilePath());
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        Set<OpenOption> options = new HashSet<>(FileUtils.modeToOptions(mode));
        if (!options.contains(StandardOpenOption.WRITE)) return super.open(mode);
        options.add(StandardOpenOption.DSYNC);
        return FileChannel.open(Paths.get(getBase().toString()), options);
    }
}
