package nl.signaal.content;

import java.util.Arrays;

/**
 * One image file of a module (content/modules/&lt;id&gt;/images/&lt;name&gt;), read and checked at start-up. The app
 * serves only these: a request names a file that is looked up here, never a path on disk (decision 0036).
 */
public final class ModuleImage {

    private final String name;
    private final String contentType;
    private final byte[] bytes;

    ModuleImage(String name, String contentType, byte[] bytes) {
        this.name = name;
        this.contentType = contentType;
        this.bytes = bytes.clone();
    }

    public String name() {
        return name;
    }

    /** image/svg+xml, image/png or image/webp, from the checked file type. */
    public String contentType() {
        return contentType;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModuleImage image
                && name.equals(image.name)
                && contentType.equals(image.contentType)
                && Arrays.equals(bytes, image.bytes);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "ModuleImage[" + name + ", " + contentType + ", " + bytes.length + " bytes]";
    }
}
