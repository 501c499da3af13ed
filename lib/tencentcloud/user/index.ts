// The `User` module of the Tencent Cloud provider: the account lookup kubeward needs.
export * from './get-info';
