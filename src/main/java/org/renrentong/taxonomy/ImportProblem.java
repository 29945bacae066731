package org.renrentong.taxonomy;

/** Why one line of an import file was refused: a message key from the taxonomy bundle and its arguments. */
public record ImportProblem(int line, String codePath, String messageKey, Object[] args) {

    public ImportProblem {
        args = args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }
}
