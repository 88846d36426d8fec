package org.csm.onboarding.engine.read;

/// The file cannot be read as a customer export. The message says what the file is and what
/// to do, in words a CSM understands; it never carries a stack trace to the user.
public class FileRefusedException extends Exception {

    private final String fileName;

    public FileRefusedException(String fileName, String message) {
        super(message);
        this.fileName = fileName;
    }

    public FileRefusedException(String fileName, String message, Throwable cause) {
        super(message, cause);
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
