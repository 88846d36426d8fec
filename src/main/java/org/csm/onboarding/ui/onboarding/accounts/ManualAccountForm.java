package org.csm.onboarding.ui.onboarding.accounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.csm.onboarding.model.Field;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiDefinition;
import org.csm.onboarding.service.ManualAccount;
import org.csm.onboarding.service.ManualAccounts;

/// The state of the "add or edit an account by hand" form: one text per account field and per
/// KPI, and one error text per field, filled from [ManualAccounts#validate] so the form shows
/// exactly what the file-import rules say. No controls here, so it is testable without a screen.
public final class ManualAccountForm {

    private final ManualAccounts service;
    private final Map<Field, StringProperty> fields = new LinkedHashMap<>();
    private final Map<String, StringProperty> kpis = new LinkedHashMap<>();
    private final Map<String, StringProperty> errors = new LinkedHashMap<>();
    private final BooleanBinding canSave;
    private final boolean editing;

    /// `prefill` is the stored account when editing, null for a new one.
    public ManualAccountForm(ManualAccounts service, ManualAccount prefill) {
        this.service = service;
        this.editing = prefill != null;
        ManualAccount start = prefill == null ? ManualAccount.blank() : prefill;
        Map<Field, String> values = Map.of(Field.CUSTOMER_ID, start.externalId(), Field.COMPANY_NAME, start.name(),
                Field.CUSTOMER_SEGMENT, start.segment(), Field.CSM_ASSIGNED, start.csm(), Field.INDUSTRY, start.industry(),
                Field.REGION, start.region(), Field.USE_CASE, start.useCase(), Field.GPU_TYPE_PRIMARY, start.gpuType(),
                Field.SIGNUP_DATE, start.signupDate());
        for (Field f : ManualAccounts.ACCOUNT_FIELDS) {
            fields.put(f, new SimpleStringProperty(values.get(f)));
            errors.put(f.key(), new SimpleStringProperty(""));
        }
        for (KpiDefinition kpi : catalog()) {
            kpis.put(kpi.key(), new SimpleStringProperty(start.kpi(kpi.key())));
            errors.put(kpi.key(), new SimpleStringProperty(""));
        }
        StringProperty id = field(Field.CUSTOMER_ID);
        StringProperty name = field(Field.COMPANY_NAME);
        canSave = Bindings.createBooleanBinding(() -> !blank(id.get()) && !blank(name.get()), id, name);
    }

    public static List<KpiDefinition> catalog() {
        return KpiCatalog.standard().kpis();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public StringProperty field(Field field) {
        return fields.get(field);
    }

    public StringProperty kpi(String key) {
        return kpis.get(key);
    }

    /// The error shown under a field (a field key or a KPI key), "" when none.
    public StringProperty error(String key) {
        return errors.get(key);
    }

    /// True when the id and name are filled; the other rules are checked on save.
    public BooleanBinding canSave() {
        return canSave;
    }

    /// An edit keeps the account's id: changing it would add another account instead.
    public boolean editing() {
        return editing;
    }

    public ManualAccount input() {
        Map<String, String> values = new LinkedHashMap<>();
        kpis.forEach((k, v) -> values.put(k, v.get() == null ? "" : v.get()));
        return new ManualAccount(text(Field.CUSTOMER_ID), text(Field.COMPANY_NAME), text(Field.CUSTOMER_SEGMENT),
                text(Field.CSM_ASSIGNED), text(Field.INDUSTRY), text(Field.REGION), text(Field.USE_CASE),
                text(Field.GPU_TYPE_PRIMARY), text(Field.SIGNUP_DATE), values);
    }

    private String text(Field f) {
        String v = fields.get(f).get();
        return v == null ? "" : v;
    }

    /// Applies the rules and shows their findings; true when the account can be saved.
    public boolean check() {
        ManualAccounts.Validation validation = service.validate(input());
        show(validation);
        return validation.valid();
    }

    /// Puts each field's first blocking issue under it and clears the others.
    public void show(ManualAccounts.Validation validation) {
        errors.forEach((key, error) -> error.set(validation.error(key).orElse("")));
    }
}
