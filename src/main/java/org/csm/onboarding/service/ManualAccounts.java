package org.csm.onboarding.service;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csm.onboarding.engine.Progress;
import org.csm.onboarding.engine.detect.SheetLayout;
import org.csm.onboarding.engine.read.RawCell;
import org.csm.onboarding.engine.read.SheetRow;
import org.csm.onboarding.engine.transform.RowTransformer;
import org.csm.onboarding.model.Account;
import org.csm.onboarding.model.AccountRow;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.Field;
import org.csm.onboarding.model.IssueCode;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.model.KpiRecord;
import org.csm.onboarding.model.OnboardingConfig;
import org.csm.onboarding.model.ProfileMetadata;
import org.csm.onboarding.store.AccountRepository;
import org.csm.onboarding.store.AccountWriter;
import org.csm.onboarding.store.ConfigRepository;
import org.csm.onboarding.store.ImportRecord;
import org.csm.onboarding.store.ImportRepository;
import org.csm.onboarding.store.Store;
import org.csm.onboarding.store.StoreException;
import org.csm.onboarding.store.StoredAccount;
import org.csm.onboarding.store.Tx;
import org.csm.onboarding.store.Workspace;
import org.csm.onboarding.store.WorkspaceRepository;

/// The seed's option C: add or edit one account by hand. The form is read as a one-row sheet
/// whose headers are the field keys, through the same [RowTransformer] as a file import, so a
/// typed value passes or fails exactly as the same text in a file cell would. A save is its
/// own import record (file name "manual entry", format "manual"): undo reverts it, restoring
/// the account as it was, and the workspace is rescored in the same transaction.
public final class ManualAccounts {

    /// The name the import log shows for a hand-made change.
    public static final String FILE_NAME = "manual entry";
    /// The import record's format (and sheet) for a hand-made change.
    public static final String FORMAT = "manual";

    /// The form's account fields, in the order the form shows them; the KPIs follow.
    public static final List<Field> ACCOUNT_FIELDS = List.of(Field.CUSTOMER_ID, Field.COMPANY_NAME,
            Field.CUSTOMER_SEGMENT, Field.CSM_ASSIGNED, Field.INDUSTRY, Field.REGION, Field.USE_CASE,
            Field.GPU_TYPE_PRIMARY, Field.SIGNUP_DATE);

    /// What the rules made of the form: the account as it would be stored, and the issues keyed
    /// by field key (a KPI's key is its field key). [#valid()] is false while any issue blocks.
    public record Validation(AccountRow row, Map<String, List<DataIssue>> issuesByField) {

        public Validation {
            issuesByField = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(issuesByField));
        }

        public boolean valid() {
            return issuesByField.values().stream().flatMap(List::stream).noneMatch(ManualAccounts::blocks);
        }

        /// The first blocking issue's message for a field, if any.
        public Optional<String> error(String fieldKey) {
            return issuesByField.getOrDefault(fieldKey, List.of()).stream().filter(ManualAccounts::blocks)
                    .map(DataIssue::message).findFirst();
        }
    }

    /// Thrown by [#save] when the form does not pass the rules; nothing was stored.
    public static final class InvalidAccountException extends Exception {
        private final transient Validation validation;

        InvalidAccountException(Validation validation) {
            super("The account has errors: nothing was saved.", null, false, false);
            this.validation = validation;
        }

        public Validation validation() {
            return validation;
        }
    }

    private final Store store;
    private final KpiCatalog catalog = KpiCatalog.standard();
    private final WorkspaceRepository workspaces = new WorkspaceRepository();
    private final AccountRepository accounts = new AccountRepository();
    private final ImportRepository imports = new ImportRepository();
    private final ConfigRepository configs = new ConfigRepository();

    public ManualAccounts(Store store) {
        this.store = store;
    }

    /// Errors block a save; so does a value the rules would drop (a file import warns and leaves
    /// the date or KPI out, but in a form the CSM can simply correct it). An empty KPI only leaves it out.
    static boolean blocks(DataIssue issue) {
        return issue.isError() || FIXABLE_IN_FORM.contains(issue.code());
    }

    private static final java.util.Set<IssueCode> FIXABLE_IN_FORM = java.util.EnumSet.of(IssueCode.INVALID_DATE,
            IssueCode.INVALID_NUMBER, IssueCode.NEGATIVE_VALUE, IssueCode.OUT_OF_RANGE, IssueCode.UNKNOWN_LABEL);

    /// Applies the file-import rules to the form without storing anything.
    public Validation validate(ManualAccount input) {
        List<String> headers = new ArrayList<>();
        List<RawCell> cells = new ArrayList<>();
        Map<Field, String> mapping = new EnumMap<>(Field.class);
        Map<Field, String> values = accountValues(input);
        values.forEach((field, value) -> add(field, value, headers, cells, mapping));
        for (KpiDefinition kpi : catalog.kpis()) {
            add(kpi.field(), input.kpi(kpi.key()), headers, cells, mapping);
        }
        RowTransformer transformer = new RowTransformer(new SheetLayout(FORMAT, 1, headers),
                new ColumnMapping(mapping), catalog, '.');
        AccountRow row = transformer.transform(new SheetRow(2, cells));
        Map<String, List<DataIssue>> byField = new LinkedHashMap<>();
        for (DataIssue issue : row.issues()) {
            byField.computeIfAbsent(issue.column(), k -> new ArrayList<>()).add(issue);
        }
        return new Validation(row, byField);
    }

    private static Map<Field, String> accountValues(ManualAccount input) {
        Map<Field, String> values = new LinkedHashMap<>();
        values.put(Field.CUSTOMER_ID, input.externalId());
        values.put(Field.COMPANY_NAME, input.name());
        values.put(Field.CUSTOMER_SEGMENT, input.segment());
        values.put(Field.CSM_ASSIGNED, input.csm());
        values.put(Field.INDUSTRY, input.industry());
        values.put(Field.REGION, input.region());
        values.put(Field.USE_CASE, input.useCase());
        values.put(Field.GPU_TYPE_PRIMARY, input.gpuType());
        values.put(Field.SIGNUP_DATE, input.signupDate());
        return values;
    }

    private static void add(Field field, String value, List<String> headers, List<RawCell> cells, Map<Field, String> mapping) {
        headers.add(field.key());
        cells.add(RawCell.text(value));
        mapping.put(field, field.key());
    }

    /// Saves with the workspace's stored configuration (the defaults when it has none).
    public ImportRecord save(String workspace, ManualAccount input) throws StoreException, InvalidAccountException {
        return save(workspace, input, null);
    }

    /// Validates, then in one transaction stores the account as its own import (superseding the
    /// current account with the same id), saves `config` when given (as a file import does) and
    /// rescores the workspace with it. Nothing is stored when the form has a blocking issue.
    public ImportRecord save(String workspace, ManualAccount input, OnboardingConfig config)
            throws StoreException, InvalidAccountException {
        Validation validation = validate(input);
        if (!validation.valid()) {
            throw new InvalidAccountException(validation);
        }
        AccountRow row = validation.row();
        String sha = ContentHash.sha256(row.account() + "|" + row.profile() + "|" + row.kpis());
        try {
            return store.transaction(tx -> {
                workspaces.lock(tx, workspace);
                long ws = workspaces.getOrCreate(tx, workspace).id();
                Account account = keepStatus(tx, ws, row.account());
                long importId = imports.start(tx, ws, FILE_NAME, sha, FORMAT, FORMAT);
                AccountWriter writer = accounts.writer(tx, ws, importId);
                writer.write(account, row.profile(), row.kpis());
                OnboardingConfig used = config;
                if (used != null) {
                    configs.save(tx, ws, used);
                } else {
                    used = configs.load(tx, ws).orElseGet(OnboardingConfig::defaults);
                }
                int warnings = (int) row.issues().stream().filter(i -> !i.isError()).count();
                imports.finish(tx, importId, 1, row.kpis().size(), 0, warnings);
                new WorkspaceScorer().rescoreAndRemember(tx, ws, used, Progress.NONE, importId,
                        org.csm.onboarding.model.ScoreSnapshot.IMPORT);
                return imports.last(tx, ws).orElseThrow();
            });
        } catch (WorkspaceScorer.StoreFailure failure) {
            throw store.failure(failure.sql);
        }
    }

    /// The form has no status field: an edit keeps the stored account's status.
    private Account keepStatus(Tx tx, long ws, Account typed) throws SQLException {
        Optional<StoredAccount> current = accounts.findCurrent(tx, ws, typed.externalAccountId());
        if (current.isEmpty() || current.get().account().accountStatus() == null) {
            return typed;
        }
        return new Account(typed.externalAccountId(), typed.accountName(), typed.revenue(), typed.industry(),
                typed.region(), current.get().account().accountStatus(), typed.accountTier(), typed.assignedCsm());
    }

    /// The current stored account as form values, to prefill an edit.
    public Optional<ManualAccount> load(String workspace, String externalId) throws StoreException {
        return store.transaction(tx -> {
            Optional<Workspace> ws = workspaces.find(tx, workspace);
            if (ws.isEmpty()) {
                return Optional.<ManualAccount>empty();
            }
            return accounts.findCurrent(tx, ws.get().id(), externalId).map(this::toForm);
        });
    }

    private ManualAccount toForm(StoredAccount stored) {
        Account a = stored.account();
        ProfileMetadata p = stored.profile();
        Map<String, String> kpis = new LinkedHashMap<>();
        for (KpiRecord k : stored.kpis()) {
            Optional<KpiDefinition> def = catalog.find(k.kpiKey());
            if (def.isPresent() && def.get().isText()) {
                kpis.put(k.kpiKey(), k.label() != null ? k.label()
                        : def.get().labelForValue(k.value()).map(KpiDefinition.TextLabel::label).orElse(""));
            } else {
                kpis.put(k.kpiKey(), plain(k.value()));
            }
        }
        String region = RowTransformer.UNKNOWN_REGION.equals(a.region()) ? "" : a.region();
        return new ManualAccount(a.externalAccountId(), a.accountName(), orEmpty(a.accountTier()), orEmpty(a.assignedCsm()),
                orEmpty(a.industry()), orEmpty(region), p == null ? "" : orEmpty(p.useCase()),
                p == null ? "" : orEmpty(p.gpuTypePrimary()),
                p == null || p.signupDate() == null ? "" : p.signupDate().toString(), kpis);
    }

    /// 1.0E7 would not read back as the user typed it: write numbers without exponent or ".0".
    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
